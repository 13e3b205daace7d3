"""The version of the package (private; public as ``mentoring.__version__``)."""

__version__ = "0.1.0.dev0"
