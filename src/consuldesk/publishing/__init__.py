"""Publishing: compose → render per platform → approve → send.

`render` (pure renditions within each platform's limits), `text_metrics` (platform length rules),
`card` (the advisory image card) and `feeds` (CAP 1.2, Atom, travel-advisory levels) hold no state
and do no network I/O. Import from the submodules; this package root stays import-light.
"""
