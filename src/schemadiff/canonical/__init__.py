"""The desired state as the catalog would store it, built in a scratch database."""

from .build import build_in, canonical
from .cache import cache_key
from .scratch import ScratchServer, choose_scratch
from .settle import remaining, settle

__all__ = ["ScratchServer", "build_in", "cache_key", "canonical", "choose_scratch", "remaining", "settle"]
