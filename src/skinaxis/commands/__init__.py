"""One module per command; cli.py mounts each module's `app`."""
