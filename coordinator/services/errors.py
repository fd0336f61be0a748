"""Errors a service raises for the caller to show as they are."""

from coordinator.domain.messages import said


class ServiceError(Exception):
    """A request that cannot be carried out, with a sentence a user understands.

    The sentence is usually built with :func:`coordinator.domain.messages.said`;
    ``str(error)`` returns it unchanged, template and values included, so the
    window can say it in the user's language.
    """

    def __str__(self) -> str:
        """Return the sentence as raised (a ``Said`` keeps its template)."""
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, str) else super().__str__()


class NotFoundError(ServiceError):
    """The program, participant or other record asked for does not exist."""


class InvalidInputError(ServiceError):
    """Input that breaks a rule; ``field`` names the offending field if known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ChangedSinceError(InvalidInputError):
    """Someone else changed the fields of an edit since the editor read them; nothing was saved.

    ``name`` is the record's name and ``fields`` the names of the fields in
    question, for the window to say in its own language.
    """

    def __init__(self, name: str, fields: tuple[str, ...]) -> None:
        listed = ", ".join(field.replace("_", " ") for field in fields)
        message = (
            said(
                "{name} was changed by someone else since it was read ({fields}); nothing was "
                "saved: look at it again and make the change again",
                name=name,
                fields=listed,
            )
            if listed
            else said(
                "{name} was changed by someone else since it was read; nothing was saved: "
                "look at it again and make the change again",
                name=name,
            )
        )
        super().__init__(message, fields[0] if fields else None)
        self.name = name
        self.fields = fields
