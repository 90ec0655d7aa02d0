"""goftar: who said what, and which numbers were claimed, in Persian news."""

__version__ = "0.2.0"
#: Release date of this version (ISO); part of the release, so it is fixed with the version.
RELEASE_DATE = "2026-12-02"
