"""The heatmap (kernel density) algorithm of the "GPS-U" Processing provider on the demo municipality,
and the on-the-fly heatmap renderer of the incidents layer."""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsRasterLayer,
                       QgsUnitTypes)

from gpsu_plugin.core import layers
from gpsu_plugin.processing.analysis.heatmap import HeatmapStyler

from .test_analysis_algorithms import PROFILE, demo_db, profile, provider, scalar  # noqa: F401

BUSIEST_CELL = """
SELECT (floor(ST_X(geom) / 100) + 0.5) * 100, (floor(ST_Y(geom) / 100) + 0.5) * 100, count(*)
FROM gpsu.incidents WHERE status <> 'duplicate' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1
"""


def heatmap(**parameters):
    import processing

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    parameters = dict({"CONNECTION": PROFILE, "OUTPUT": "TEMPORARY_OUTPUT"}, **parameters)
    results = processing.run("gpsu:heatmap", parameters, context=context, feedback=feedback)
    path = results["OUTPUT"]
    assert isinstance(path, str)
    dataset = gdal.Open(path)
    assert dataset is not None and dataset.RasterCount == 1
    values = dataset.GetRasterBand(1).ReadAsArray().astype(float)
    nodata = dataset.GetRasterBand(1).GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = 0.0
    return path, values, dataset.GetGeoTransform(), context


def value_at(values, transform, x, y):
    col = int((x - transform[0]) / transform[1])
    row = int((y - transform[3]) / transform[5])
    return values[row, col]


def busiest_category(postgis_server, demo_db):  # noqa: F811
    return scalar(postgis_server, demo_db, "SELECT c.code FROM gpsu.incidents i JOIN gpsu.categories c "
                  "ON c.id = coalesce((SELECT parent_id FROM gpsu.categories WHERE id = i.category_id), i.category_id) "
                  "WHERE i.status <> 'duplicate' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")


def test_heatmap_is_registered(provider):  # noqa: F811
    algorithm = next(a for a in provider.algorithms() if a.name() == "heatmap")
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert {"CONNECTION", "CATEGORY", "PERIOD_FROM", "PERIOD_TO", "STATUS", "DISTRICT", "RADIUS", "PIXEL_SIZE",
            "OUTPUT"} <= names
    assert algorithm.parameterDefinition("RADIUS").defaultValue() == 300
    assert algorithm.parameterDefinition("PIXEL_SIZE").defaultValue() == 25
    assert algorithm.parameterDefinition("OUTPUT").type() == "rasterDestination"


def test_heatmap_peaks_at_the_busiest_place(provider, profile, postgis_server, demo_db):  # noqa: F811
    path, values, transform, context = heatmap(RADIUS=300, PIXEL_SIZE=25)
    layer = QgsRasterLayer(path, "heatmap")
    assert layer.isValid()
    srid = scalar(postgis_server, demo_db, "SELECT value::int FROM gpsu.settings WHERE key = 'srid'")
    assert layer.crs().postgisSrid() == srid
    assert transform[1] == pytest.approx(25) and transform[5] == pytest.approx(-25)
    assert np.isfinite(values).all() and values.max() > 0
    x, y, n = scalar_row(postgis_server, demo_db, BUSIEST_CELL)
    assert n >= 5
    at_busiest = value_at(values, transform, x, y)
    assert at_busiest > np.median(values[values > 0])
    assert at_busiest > 0.5 * values.max()
    # the maximum lies near the busiest place: within a radius of its 100 m cell
    row, col = np.unravel_index(np.argmax(values), values.shape)
    peak_x = transform[0] + (col + 0.5) * transform[1]
    peak_y = transform[3] + (row + 0.5) * transform[5]
    densest = scalar_row(postgis_server, demo_db, """
        SELECT count(*) FROM gpsu.incidents WHERE status <> 'duplicate'
        AND ST_DWithin(geom, ST_SetSRID(ST_MakePoint(%s, %s), ST_SRID(geom)), 300)""", peak_x, peak_y)[0]
    around_busiest = scalar_row(postgis_server, demo_db, """
        SELECT count(*) FROM gpsu.incidents WHERE status <> 'duplicate'
        AND ST_DWithin(geom, ST_SetSRID(ST_MakePoint(%s, %s), ST_SRID(geom)), 300)""", x, y)[0]
    assert densest >= 0.5 * around_busiest
    # the styler is kept alive and gives a pseudocolour renderer from 0 to the maximum
    assert HeatmapStyler.instance is not None or not context.layersToLoadOnCompletion()
    HeatmapStyler.create().postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.renderer().type() == "singlebandpseudocolor"
    assert layer.renderer().classificationMax() == pytest.approx(values.max(), rel=1e-3)


def test_filters_reduce_the_density(provider, profile, postgis_server, demo_db):  # noqa: F811
    _, everything, _, _ = heatmap(RADIUS=300, PIXEL_SIZE=50)
    _, category, _, _ = heatmap(RADIUS=300, PIXEL_SIZE=50, CATEGORY=busiest_category(postgis_server, demo_db))
    _, period, _, _ = heatmap(RADIUS=300, PIXEL_SIZE=50, PERIOD_FROM="2025-01-01T00:00:00",
                              PERIOD_TO="2026-01-01T00:00:00")
    assert 0 < category.sum() < everything.sum()
    assert 0 < period.sum() < everything.sum()


def test_empty_selection_is_refused(provider, profile):  # noqa: F811
    import processing

    with pytest.raises(QgsProcessingException, match="No incident"):
        processing.run("gpsu:heatmap", {"CONNECTION": PROFILE, "PERIOD_FROM": "2040-01-01T00:00:00",
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="No category"):
        processing.run("gpsu:heatmap", {"CONNECTION": PROFILE, "CATEGORY": "no_such_thing",
                                        "OUTPUT": "TEMPORARY_OUTPUT"})


def test_heatmap_renderer_and_layer(profile, postgis_server, demo_db):  # noqa: F811
    renderer = layers.heatmap_renderer()
    assert renderer.type() == "heatmapRenderer"
    assert renderer.radiusUnit() == QgsUnitTypes.RenderMapUnits and renderer.radius() == layers.HEATMAP_RADIUS
    assert renderer.maximumValue() == 0  # automatic
    ramp = renderer.colorRamp()
    assert ramp.color1().alpha() == 0 and ramp.color1().name() == "#ffff00"
    assert ramp.color2().alpha() == 255 and ramp.color2().red() > 200 and ramp.color2().green() < 60
    srid = scalar(postgis_server, demo_db, "SELECT value::int FROM gpsu.settings WHERE key = 'srid'")
    layer = layers.heatmap_layer(profile, srid)
    assert layer.isValid() and layer.providerType() == "postgres"
    assert layer.renderer().type() == "heatmapRenderer"
    assert layer.customProperty(layers.KIND_PROPERTY) == layers.HEATMAP
    assert layer.isRefreshOnNotifyEnabled() and layer.refreshOnNotifyMessage() == layers.NOTIFY_MESSAGE
    assert layer.featureCount() > 0


def scalar_row(postgis_server, dbname, query, *args):
    conn = postgis_server.connect(dbname)
    try:
        with conn.cursor() as cur:
            cur.execute(query, args)
            return cur.fetchone()
    finally:
        conn.close()
