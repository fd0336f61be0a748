"""The Qt desktop application: main window, table models, dialogs, undo commands.

Only this package imports ``PySide6.QtWidgets``; it calls the services and never
builds SQL. Modules that import the database layer are loaded after the main
window's first paint, so the window appears as fast as a bare Qt window.
"""
