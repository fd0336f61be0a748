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
