"""The errors ombnlp raises. Catch `OmbnlpError` to catch them all."""


class OmbnlpError(Exception):
    """Base class of every error this package raises on purpose."""


class NotADecisionError(OmbnlpError):
    """The text is not an Ombudsman decision statement (it has none of its sections)."""


class InputTooLargeError(OmbnlpError):
    """The text is larger than the configured size limit."""


class ModelError(OmbnlpError):
    """A model could not be found or loaded."""


class ModelIntegrityError(ModelError):
    """A model file does not match the hash recorded for it."""


class UntrustedModelError(ModelError):
    """A model outside the shipped ones was loaded without `trust=True`."""
