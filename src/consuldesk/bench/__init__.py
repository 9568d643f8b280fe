"""Benchmarks behind `consuldesk bench …`: they print figures, tests never time anything."""
