"""Use cases shared by the GUI and the command line.

Each call opens one short session and one transaction and returns plain,
frozen data objects (:mod:`coordinator.services.records`), never live ORM
objects or a session.
"""
