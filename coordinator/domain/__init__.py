"""The vocabulary of a hosted visit as typed SQLAlchemy models, and pure rules.

Nothing here imports Qt or touches files; services build on it.
"""
