"""Getis-Ord Gi* on a regular grid with numpy (no PySAL at run time), with p-values and the
Benjamini-Hochberg false discovery rate. Imports numpy only, so that it can be checked against
esda outside QGIS.

Gi* as in Getis & Ord (1992) and Ord & Getis (1995), as esda.G_Local(star=True) computes it; for
binary weights w_ij that include the cell itself (w_ii = 1):

    z_i = (sum_j w_ij x_j - xbar W_i) / (s sqrt((n S1_i - W_i^2) / (n - 1)))

with W_i = sum_j w_ij, S1_i = sum_j w_ij^2 (= W_i for binary weights), xbar and s the mean and the
population standard deviation (ddof=0) of the n cells.
"""

import math

import numpy as np

# class codes (gi_bin, as ArcGIS names them) and their labels in the output's "class" field
CLASSES = {3: "Hot spot 99%", 2: "Hot spot 95%", 1: "Hot spot 90%", 0: "Not significant",
           -1: "Cold spot 90%", -2: "Cold spot 95%", -3: "Cold spot 99%"}


class GiStarError(ValueError):
    """The statistic cannot be computed on this input (too few cells, all counts equal)."""


def stencil(cell_size, distance):
    """The (di, dj) offsets, the cell itself included, whose centres lie within `distance`."""
    reach = int(math.floor(distance / cell_size + 1e-9))
    return [(di, dj) for di in range(-reach, reach + 1) for dj in range(-reach, reach + 1)
            if math.hypot(di, dj) * cell_size <= distance * (1 + 1e-9)]


def grid_lag(i, j, values, offsets):
    """(sum_j w_ij x_j, W_i) for cells at integer grid positions (i, j), binary weights over `offsets`.

    Cells absent from (i, j) (outside the territory) are not neighbours. O(n * len(offsets)).
    """
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    values = np.asarray(values, dtype=float)
    reach = max(max(abs(di), abs(dj)) for di, dj in offsets)
    ii, jj = i - i.min() + reach, j - j.min() + reach
    shape = (ii.max() + reach + 1, jj.max() + reach + 1)
    x, present = np.zeros(shape), np.zeros(shape)
    x[ii, jj] = values
    present[ii, jj] = 1.0
    lag, cardinality = np.zeros(len(values)), np.zeros(len(values))
    for di, dj in offsets:
        lag += x[ii + di, jj + dj]
        cardinality += present[ii + di, jj + dj]
    return lag, cardinality


def gi_star_z(values, lag, weight_sum, weight_squares):
    """Gi* z-scores from the counts, their spatial lags and the weights' sums and sums of squares."""
    x = np.asarray(values, dtype=float)
    n = len(x)
    if n < 3:
        raise GiStarError("at least three cells are needed")
    mean, sd = x.mean(), x.std()
    if sd == 0:
        raise GiStarError("all cells have the same count")
    w, s1 = np.asarray(weight_sum, dtype=float), np.asarray(weight_squares, dtype=float)
    spread = (n * s1 - w ** 2) / (n - 1)
    z = np.zeros(n)
    ok = spread > 0  # a cell neighbouring every cell carries no information
    z[ok] = (np.asarray(lag, dtype=float)[ok] - mean * w[ok]) / (sd * np.sqrt(spread[ok]))
    return z


def p_two_sided(z):
    """Two-sided p-values of standard normal z-scores (math.erfc, no scipy)."""
    return np.array([math.erfc(abs(v) / math.sqrt(2.0)) for v in np.asarray(z, dtype=float)])


def fdr_bh(p):
    """Benjamini-Hochberg adjusted p-values (q-values), in the input order."""
    p = np.asarray(p, dtype=float)
    n = len(p)
    if n == 0:
        return p
    order = np.argsort(p)
    ranked = p[order] * n / np.arange(1, n + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    result = np.empty(n)
    result[order] = np.clip(adjusted, 0.0, 1.0)
    return result


def classify(z, p):
    """gi_bin codes: +-3/2/1 for significance at 99/95/90 % (by `p`), with the sign of z; 0 otherwise."""
    z, p = np.asarray(z, dtype=float), np.asarray(p, dtype=float)
    level = np.where(p <= 0.01, 3, np.where(p <= 0.05, 2, np.where(p <= 0.10, 1, 0)))
    return (np.sign(z) * level).astype(int)


SQRT3 = math.sqrt(3.0)


def hex_edge(cell_size):
    """The side of a hexagon of the same area as a square of side `cell_size`."""
    return cell_size / math.sqrt(1.5 * SQRT3)


def hex_doubled(i, j):
    """PostGIS ST_HexagonGrid's (i, j) as "doubled" lattice coordinates (X, Y2): the centre of the
    hexagon of side s is (1.5 s X, sqrt(3)/2 s Y2), odd columns half a row up."""
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    return i, 2 * j + (i & 1)


def hex_stencil(edge, distance):
    """The (dX, dY2) offsets, the cell itself included, of the hexagons of side `edge` whose centres
    lie within `distance` (on the doubled lattice, X + Y2 is always even)."""
    reach_x = int(math.floor(distance / (1.5 * edge) + 1e-9))
    reach_y = int(math.floor(distance / (SQRT3 / 2 * edge) + 1e-9))
    return [(dx, dy) for dx in range(-reach_x, reach_x + 1) for dy in range(-reach_y, reach_y + 1)
            if (dx + dy) % 2 == 0 and math.hypot(1.5 * edge * dx, SQRT3 / 2 * edge * dy) <= distance * (1 + 1e-9)]


def hex_gi_star(i, j, counts, edge, distance):
    """grid_gi_star for the hexagons (i, j) of ST_HexagonGrid(edge)."""
    x, y2 = hex_doubled(i, j)
    return _gi_star(x, y2, counts, hex_stencil(edge, distance))


def grid_gi_star(i, j, counts, cell_size, distance):
    """Everything for a square grid: dict of z, p, p_fdr, gi_bin, neighbours (arrays in input order)."""
    return _gi_star(i, j, counts, stencil(cell_size, distance))


def _gi_star(i, j, counts, offsets):
    lag, cardinality = grid_lag(i, j, counts, offsets)
    z = gi_star_z(counts, lag, cardinality, cardinality)
    p = p_two_sided(z)
    q = fdr_bh(p)
    return {"z": z, "p": p, "p_fdr": q, "gi_bin": classify(z, q), "neighbours": cardinality}
