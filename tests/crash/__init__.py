"""Crash tests: children killed at random moments, and full disks."""
