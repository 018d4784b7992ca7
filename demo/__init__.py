"""The German demo content and ``seed_demo``: not installed in production.

The demo sits on top of every app and may import all of them; no app imports it.
"""
