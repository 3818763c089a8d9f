"""skinaxis: an offline explorer of autoimmune and immune-mediated skin conditions."""

__version__ = "0.1.0"
