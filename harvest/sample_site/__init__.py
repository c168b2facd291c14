"""The bundled sample site: a mirror of the sources served over real HTTP on 127.0.0.1, with fault injection.

`SampleSite` serves the packaged mirror (or a writable copy from `copy_site`) under one path prefix per source;
`FaultPlan` makes chosen paths misbehave; `mirror_file` tells where a production URL lives in a mirror.
See harvest/sample_site/README.md for the URL layout and the file-name convention.
"""

from __future__ import annotations

from harvest.sample_site.faults import Fault, FaultError, FaultPlan
from harvest.sample_site.layout import SITES, loopback_path, mirror_file, origin_map
from harvest.sample_site.server import RequestRecord, SampleSite, copy_site, main_serve, packaged_root

__all__ = [
    "SITES",
    "Fault",
    "FaultError",
    "FaultPlan",
    "RequestRecord",
    "SampleSite",
    "copy_site",
    "loopback_path",
    "main_serve",
    "mirror_file",
    "origin_map",
    "packaged_root",
]
