"""Delegation Coordinator: plan, staff and document visits of foreign delegations."""

__version__ = "0.1.0"
