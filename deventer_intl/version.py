"""The portal's version: the package's own (pyproject.toml), shown in the footer and in /healthz."""

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("deventer-intl")
except PackageNotFoundError:  # running from a checkout that was never installed
    VERSION = "0+unknown"
