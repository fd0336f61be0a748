"""Errors a service raises for the caller to show as they are."""


class ServiceError(Exception):
    """A request that cannot be carried out, with a sentence a user understands."""


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
        which = f" ({listed})" if listed else ""
        super().__init__(
            f"{name} was changed by someone else since it was read{which}; "
            "nothing was saved: look at it again and make the change again",
            fields[0] if fields else None,
        )
        self.name = name
        self.fields = fields
