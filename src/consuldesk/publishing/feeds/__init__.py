"""Advisory feeds: CAP 1.2 alerts (`cap`), Atom 1.0 (`atom`) and travel-advisory levels (`levels`).

Builders are pure: dataclasses in, UTF-8 XML bytes out, built with the stdlib `xml.etree` so no
global namespace registry is touched. Layer: publishing; imports `publishing.render` only for the
advisory → CAP/Atom helpers.
"""
