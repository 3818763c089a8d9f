"""Records: dataclass semantics without dataclass's start-up cost.

`dataclasses.dataclass` writes and compiles `__init__`, `__repr__` and `__eq__` for every class
when the module is imported: about 0.4 ms a class, 10 ms for the model alone, which is most of
what a look-up may spend above a bare Typer app. `record` gives the same constructor (positional
or keyword arguments, defaults, `field(default_factory=...)`), equality and repr from one shared
implementation, so defining a class costs nothing. Type checkers see `dataclass` itself, so
constructor calls stay checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataclasses import dataclass as record
    from dataclasses import field
else:
    from dataclasses import MISSING, Field, field

    def _init(self: Any, *args: Any, **kwargs: Any) -> None:
        spec = type(self).__record_fields__
        if len(args) > len(spec):
            raise TypeError(f"{type(self).__name__}() takes {len(spec)} arguments, got {len(args)}")
        values = self.__dict__
        for (name, _default, _factory), value in zip(spec, args, strict=False):
            values[name] = value
        for name, default, factory in spec[len(args) :]:
            if name in kwargs:
                values[name] = kwargs.pop(name)
            elif factory is not None:
                values[name] = factory()
            elif default is not MISSING:
                values[name] = default
            else:
                raise TypeError(f"{type(self).__name__}() missing argument {name!r}")
        if kwargs:
            raise TypeError(f"{type(self).__name__}() got unexpected or repeated arguments {sorted(kwargs)}")

    def _eq(self: Any, other: Any) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(
            getattr(self, n) == getattr(other, n) for n, _, _ in self.__record_fields__ if n in self.__compared__
        )

    def _repr(self: Any) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n, _, _ in self.__record_fields__ if n in self.__shown__)
        return f"{type(self).__name__}({shown})"

    def record(cls: type) -> type:
        spec: dict[str, tuple[str, Any, Any]] = {}
        compared: set[str] = set()
        shown: set[str] = set()
        for base in reversed(cls.__mro__[1:]):
            for name, default, factory in getattr(base, "__record_fields__", ()):
                spec[name] = (name, default, factory)
            compared |= getattr(base, "__compared__", set())
            shown |= getattr(base, "__shown__", set())
        for name in cls.__dict__.get("__annotations__", {}):
            value = cls.__dict__.get(name, MISSING)
            default, factory = value, None
            if isinstance(value, Field):
                default, factory = value.default, value.default_factory
                if factory is MISSING:
                    factory = None
                if value.compare:
                    compared.add(name)
                else:
                    compared.discard(name)
                if value.repr:
                    shown.add(name)
                else:
                    shown.discard(name)
                if default is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, default)
            else:
                compared.add(name)
                shown.add(name)
            spec[name] = (name, default, factory)
        cls.__record_fields__ = tuple(spec.values())
        cls.__compared__ = frozenset(compared)
        cls.__shown__ = frozenset(shown)
        cls.__init__ = _init
        cls.__eq__ = _eq
        cls.__repr__ = _repr
        cls.__hash__ = None
        return cls


__all__ = ["field", "record"]
