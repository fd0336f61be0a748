"""The print preview and printing of a produced PDF, page for page as the file has it.

The PDF is the one layout: the preview and the printer get its own pages,
rendered by PDFium (pypdfium2), never a second drawing of the document. Pages
are rendered off the GUI thread (:func:`render_pages`); the preview dialog only
paints the finished images. Printing renders again at the printer's
resolution (at most :data:`PRINT_DPI`), also off the GUI thread: painting on a
``QPrinter`` from a worker thread is supported by Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

Progress = Callable[[int, int], bool]

PREVIEW_DPI = 110
"""The preview's resolution for a short document; a long one gets fewer dots (see below)."""
PREVIEW_BUDGET_BYTES = 400 * 1024 * 1024
"""The most memory the preview's images may take, whatever the number of pages."""
PRINT_DPI = 300


class PrintCancelledError(Exception):
    """The user cancelled while pages were rendered."""


def _document(path: Path) -> object:
    import pypdfium2  # noqa: PLC0415 - loaded when a document is previewed

    return pypdfium2.PdfDocument(str(path))


def _image(page: object, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255))  # type: ignore[attr-defined]
    picture = bitmap.to_pil().convert("RGB")
    width, height = picture.size
    return QImage(picture.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def preview_dpi(pages: int, page_inches: tuple[float, float]) -> float:
    """Return the preview's resolution: :data:`PREVIEW_DPI`, less when the pages are many."""
    area = page_inches[0] * page_inches[1] * max(pages, 1)
    fitting = (PREVIEW_BUDGET_BYTES / (3 * area)) ** 0.5
    return float(max(36.0, min(float(PREVIEW_DPI), fitting)))


def render_pages(path: Path, progress: Progress) -> list[QImage]:
    """Render every page of the PDF at ``path`` for the preview (off the GUI thread).

    Raises:
        PrintCancelledError: ``progress`` returned ``False``.
    """
    document = _document(path)
    try:
        count = len(document)  # type: ignore[arg-type]
        first = document[0]  # type: ignore[index]
        width, height = first.get_size()
        dpi = preview_dpi(count, (width / 72, height / 72))
        images = []
        for index in range(count):
            if not progress(index, count):
                raise PrintCancelledError
            images.append(_image(document[index], dpi))  # type: ignore[index]
        progress(count, count)
        return images
    finally:
        document.close()  # type: ignore[attr-defined]


def paint_images(printer: QPrinter, images: list[QImage]) -> None:
    """Paint ``images`` one per page onto ``printer``, each filling its page."""
    painter = QPainter()
    if not images or not painter.begin(printer):
        return
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            target = QRect(0, 0, page.width(), page.height())
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()


def print_pdf(printer: QPrinter, path: Path, progress: Progress) -> int:
    """Print every page of the PDF at ``path`` on ``printer`` (off the GUI thread).

    Returns the number of pages printed.

    Raises:
        PrintCancelledError: ``progress`` returned ``False``; the job is aborted.
    """
    document = _document(path)
    painter = QPainter()
    try:
        count = len(document)  # type: ignore[arg-type]
        printer.setFullPage(True)
        if not painter.begin(printer):
            return 0
        dpi = min(float(printer.resolution()), PRINT_DPI)
        for index in range(count):
            if not progress(index, count):
                printer.abort()
                raise PrintCancelledError
            if index:
                printer.newPage()
            image = _image(document[index], dpi)  # type: ignore[index]
            page = printer.pageLayout().fullRectPixels(printer.resolution())
            scaled = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(page.topLeft(), scaled), image)
        progress(count, count)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()  # type: ignore[attr-defined]


class PdfPreview(QObject):
    """A print preview of a produced PDF, its pages already rendered.

    The dialog's Print button hands the chosen printer to ``print_requested``
    (the controller prints off the GUI thread) instead of painting here.
    """

    def __init__(
        self,
        path: Path,
        images: list[QImage],
        parent: QWidget,
        print_requested: Callable[[QPrinter, Path], None],
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.images = images
        self._print_requested = print_requested
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)
        self.printer.setDocName(path.stem)
        if images and images[0].width() > images[0].height():
            self.printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setWindowTitle(self.tr("Print preview – {file}").format(file=path.name))
        self.dialog.resize(900, 760)
        self.dialog.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        if not self._previewing(printer):
            self._print_requested(printer, self.path)
            return
        paint_images(printer, self.images)

    @staticmethod
    def _previewing(printer: QPrinter) -> bool:
        """Tell whether Qt asks for the preview's pages (not for a real print job)."""
        engine = printer.paintEngine()
        return engine is not None and engine.type() == engine.Type.Picture

    def open(self) -> None:
        """Show the preview, window-modal."""
        self.dialog.open()
