"""Fake platform servers on 127.0.0.1 that behave like the real APIs (limits, 429s, duplicates).

Used by the connector tests, the publishing browser test and `consuldesk fake-platforms`.
"""
