"""ConsulDesk: a self-hosted social-media operations desk for consulates and embassies."""

__version__ = "0.1.0"
