"""Render the conflictmap OGC API Features layer with QGIS itself (PyQGIS, no screen), for the README.

Usage (Debian: apt-get install qgis python3-qgis; conflictmap serving on PORT):
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 docs/qgis_snapshot.py http://127.0.0.1:PORT/ogc docs/qgis.png

It adds the service exactly as the QGIS dialog does (provider "OAPIF", the landing page URL, typename
"events"), prints what QGIS sees (validity, feature count, fields) and writes a PNG of the layer over the
Natural Earth borders the app serves itself.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def main(base: str, out: str) -> int:
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(f"url='{base}' typename='events' pagingEnabled='true'", "conflictmap events", "OAPIF")
    if not layer.isValid():
        print("QGIS could not open the layer", file=sys.stderr)
        return 1
    print("valid:", layer.isValid(), "features:", layer.featureCount())
    print("fields:", ", ".join(f.name() for f in layer.fields()))
    layer.setRenderer(layer.renderer().clone())
    layer.renderer().setSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": "200,30,30", "size": "2.6"}))
    borders_url = base.rsplit("/ogc", 1)[0] + "/static/vendor/naturalearth/countries.geojson"
    borders = QgsVectorLayer(f"/vsicurl/{borders_url}", "borders", "ogr")
    if borders.isValid():
        borders.renderer().setSymbol(
            QgsFillSymbol.createSimple({"color": "238,236,226", "outline_color": "140,140,140", "outline_width": "0.2"})
        )
    layers = [layer] + ([borders] if borders.isValid() else [])
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setBackgroundColor(QColor(190, 215, 235))
    settings.setOutputSize(QSize(1000, 640))
    extent = layer.extent()
    extent.grow(max(extent.width(), extent.height()) * 0.15)
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(out, "png")
    print("wrote", out)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
