"""One base class for every time a rule of the platform says no."""

from typing import ClassVar

from django.utils.functional import Promise


class DomainError(Exception):
    """A rule said no; ``code`` tells which, ``message`` is what the person reads.

    Each app's error class lists its codes with translatable messages in
    ``messages``. Placeholders are named, as gettext expects:
    ``_("Buchen ist erst ab %(date)s möglich.")`` with ``date=…``.
    """

    messages: ClassVar[dict[str, str | Promise]] = {}

    def __init__(self, code: str, **params) -> None:
        if code not in self.messages:
            raise KeyError(f"{type(self).__name__} has no message for {code!r}")
        self.code = code
        self.params = params
        super().__init__(code)

    def __str__(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        """Return the message in the active language, placeholders filled in."""
        text = str(self.messages[self.code])
        return text % self.params if self.params else text
