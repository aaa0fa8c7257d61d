"""The charts of GPS-U's statistics: one matplotlib Figure per chart, from the results of
core.statistics. A plain figure factory (like DataPlotly's plot_factory): no widget, no pyplot
state, so the Statistics dock embeds the figures in a canvas, the DLS report saves them as PNG,
and either can build them in any thread.

    figure = counts_over_time_figure(series)
    save_png(figure, "chart.png")        # or png_bytes(figure)
"""

import io

import numpy as np
from matplotlib.figure import Figure

from ..core.i18n import tr
from ..core.statistics import DAY, MONTH, WEEK, bucket_label, month_names

INK, GREY, ACCENT, PREVIOUS = "#1d2939", "#667085", "#1f4e79", "#98a2b3"
DEFAULT_SIZE = (8.0, 4.5)  # inches

COUNTS_OVER_TIME = "counts_over_time"
PHENOMENA = "phenomena"
STATUS = "status"
HANDLING = "handling"
DISTRICTS = "districts"
MONTHLY = "monthly"
HOUR_WEEKDAY = "hour_weekday"
COMPARISON = "comparison"


def chart_titles():
    """{chart key: title} of the charts the Statistics dock offers, in its order."""
    return {COUNTS_OVER_TIME: tr("Facts by category over time"),
            PHENOMENA: tr("Two phenomena compared"),
            STATUS: tr("Cases by status"),
            HANDLING: tr("Handling time per service"),
            DISTRICTS: tr("Top districts"),
            MONTHLY: tr("Monthly series with seasonality")}


def new_figure(size=DEFAULT_SIZE, dpi=100):
    # constrained layout: laid out again at every draw, so labels stay inside when the dock is resized
    return Figure(figsize=size, dpi=dpi, facecolor="white", layout="constrained")


def _style(axes, title=None, ylabel=None, xlabel=None, grid_axis="y"):
    if title:
        axes.set_title(title, loc="left", fontsize=11, color=INK, fontweight="bold")
    if ylabel:
        axes.set_ylabel(ylabel, color=GREY, fontsize=9)
    if xlabel:
        axes.set_xlabel(xlabel, color=GREY, fontsize=9)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color("#d0d5dd")
    axes.tick_params(colors=GREY, labelsize=8)
    if grid_axis:
        axes.grid(axis=grid_axis, color="#eaecf0", linewidth=0.8)
        axes.set_axisbelow(True)


def _empty(figure, title):
    axes = figure.add_subplot(111)
    axes.set_axis_off()
    if title:
        axes.set_title(title, loc="left", fontsize=11, color=INK, fontweight="bold")
    axes.text(0.5, 0.5, tr("No fact matches this selection."), ha="center", va="center", color=GREY,
              fontsize=11, transform=axes.transAxes)
    return figure


def _tick_positions(count, at_most=12):
    step = max(1, int(np.ceil(count / float(at_most))))
    return list(range(0, count, step))


def _time_axis(axes, starts, bucket):
    positions = _tick_positions(len(starts))
    axes.set_xticks(positions)
    axes.set_xticklabels([bucket_label(starts[k], bucket) for k in positions], rotation=35, ha="right")
    axes.set_xlim(-0.6, len(starts) - 0.4)


def _bucket_word(bucket):
    return {DAY: tr("Facts per day"), WEEK: tr("Facts per week (from Monday)"),
            MONTH: tr("Facts per month")}.get(bucket, tr("Facts"))


def counts_over_time_figure(series, title=None, size=DEFAULT_SIZE):
    """Stacked bars: facts per bucket, one colour per category (core.statistics.Series)."""
    title = title if title is not None else chart_titles()[COUNTS_OVER_TIME]
    figure = new_figure(size)
    if series.total == 0:
        return _empty(figure, title)
    axes = figure.add_subplot(111)
    x = np.arange(len(series.starts))
    bottom = np.zeros(len(series.starts))
    for k, name in enumerate(series.names):
        axes.bar(x, series.values[k], bottom=bottom, width=0.85, color=series.colours[k], label=name,
                 edgecolor="white", linewidth=0.3)
        bottom += series.values[k]
    _style(axes, title, _bucket_word(series.bucket))
    _time_axis(axes, series.starts, series.bucket)
    axes.legend(fontsize=7, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.2),
                ncol=min(4, len(series.names)), columnspacing=1.0, handlelength=1.2)
    return figure


def phenomena_figure(series, title=None, size=DEFAULT_SIZE):
    """Two lines: phenomenon A and phenomenon B per bucket."""
    title = title if title is not None else chart_titles()[PHENOMENA]
    figure = new_figure(size)
    if series.total == 0:
        return _empty(figure, title)
    axes = figure.add_subplot(111)
    x = np.arange(len(series.starts))
    for k, name in enumerate(series.names):
        axes.plot(x, series.values[k], color=series.colours[k], linewidth=1.8, marker="o" if len(x) <= 40 else None,
                  markersize=3, label="{} ({:.0f})".format(name, series.values[k].sum()))
    _style(axes, title, _bucket_word(series.bucket))
    _time_axis(axes, series.starts, series.bucket)
    axes.set_ylim(bottom=0)
    axes.legend(fontsize=8, frameon=False, loc="best")
    return figure


def _horizontal_bars(figure, labels, values, colours, title, xlabel, annotations=None):
    axes = figure.add_subplot(111)
    y = np.arange(len(labels))
    axes.barh(y, values, color=colours, height=0.7)
    axes.set_yticks(y)
    axes.set_yticklabels(labels)
    axes.invert_yaxis()
    _style(axes, title, None, xlabel, grid_axis="x")
    top = max(values) if len(values) else 0
    for k, value in enumerate(values):
        text = annotations[k] if annotations else "{:.0f}".format(value)
        axes.text(value + top * 0.01, k, text, va="center", fontsize=7.5, color=INK)
    axes.set_xlim(0, top * 1.18 if top else 1)
    return axes


def status_figure(counts, title=None, size=DEFAULT_SIZE):
    """Horizontal bars: cases per status, in workflow order (core.statistics.Counts)."""
    title = title if title is not None else chart_titles()[STATUS]
    figure = new_figure(size)
    if counts.total == 0:
        return _empty(figure, title)
    total = float(counts.total)
    _horizontal_bars(figure, [i.label for i in counts.items], [i.count for i in counts.items],
                     [i.colour for i in counts.items], title, tr("Cases"),
                     ["{:.0f} ({:.0f} %)".format(i.count, 100.0 * i.count / total) for i in counts.items])
    return figure


def districts_figure(counts, title=None, size=DEFAULT_SIZE):
    """Horizontal bars: the districts with the most facts."""
    title = title if title is not None else chart_titles()[DISTRICTS]
    figure = new_figure(size)
    if counts.total == 0:
        return _empty(figure, title)
    _horizontal_bars(figure, [i.label for i in counts.items], [i.count for i in counts.items],
                     [ACCENT] * len(counts.items), title, tr("Facts"))
    return figure


def handling_figure(handling, title=None, size=DEFAULT_SIZE):
    """Two panels per service: the median time to closure (days) and the overdue share (%)."""
    title = title if title is not None else chart_titles()[HANDLING]
    figure = new_figure(size)
    services = [s for s in handling.services if s.cases]
    if not services:
        return _empty(figure, title)
    labels = [s.label for s in services]
    y = np.arange(len(services))
    left, right = figure.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [3, 2]})
    medians = [s.median_hours / 24.0 if s.median_hours is not None else 0.0 for s in services]
    left.barh(y, medians, color=ACCENT, height=0.7)
    left.set_yticks(y)
    left.set_yticklabels(labels)
    left.invert_yaxis()
    _style(left, None, None, tr("Median time to closure (days)"), grid_axis="x")
    top = max(medians) if medians else 0
    for k, (value, s) in enumerate(zip(medians, services)):
        text = "{:.1f}".format(value) if s.median_hours is not None else tr("none closed")
        left.text(value + top * 0.01, k, text, va="center", fontsize=7.5, color=INK)
    left.set_xlim(0, top * 1.2 if top else 1)
    shares = [100.0 * s.overdue_share if s.overdue_share is not None else 0.0 for s in services]
    right.barh(y, shares, color="#d92d20", height=0.7)
    _style(right, None, None, tr("Overdue share (%)"), grid_axis="x")
    for k, value in enumerate(shares):
        right.text(value + 1, k, "{:.0f} %".format(value), va="center", fontsize=7.5, color=INK)
    right.set_xlim(0, 118)
    figure.suptitle(title, x=0.01, ha="left", fontsize=11, color=INK, fontweight="bold")
    return figure


def monthly_figure(monthly, title=None, size=DEFAULT_SIZE):
    """Monthly counts with their trend and the seasonally adjusted series, and the seasonal index
    per month of the year beside (core.statistics.MonthlySeries)."""
    title = title if title is not None else chart_titles()[MONTHLY]
    figure = new_figure(size)
    if not len(monthly.months) or monthly.counts.sum() == 0:
        return _empty(figure, title)
    series, seasons = figure.subplots(1, 2, gridspec_kw={"width_ratios": [3, 1.3]})
    x = np.arange(len(monthly.months))
    series.plot(x, monthly.counts, color=PREVIOUS, linewidth=1.2, label=tr("Monthly count"))
    series.plot(x, monthly.trend, color=ACCENT, linewidth=2.0, label=tr("Trend (12-month moving average)"))
    if monthly.has_seasonality:
        series.plot(x, monthly.adjusted, color="#d6604d", linewidth=1.0, linestyle="--",
                    label=tr("Seasonally adjusted"))
    _style(series, None, _bucket_word(MONTH))
    _time_axis(series, monthly.months, MONTH)
    series.set_ylim(bottom=0)
    series.legend(fontsize=7, frameon=False, loc="lower left")
    names = [name[:3] for name in month_names()]
    if monthly.has_seasonality:
        index = monthly.seasonal_index
        seasons.bar(np.arange(12), index - 1.0, bottom=1.0,
                    color=["#d6604d" if v >= 1 else "#4393c3" for v in index], width=0.75)
        seasons.axhline(1.0, color=GREY, linewidth=0.8)
        spread = max(0.05, float(np.nanmax(np.abs(index - 1.0))) * 1.25)
        seasons.set_ylim(1.0 - spread, 1.0 + spread)
    else:
        seasons.text(0.5, 0.5, tr("At least 24 months are needed for a seasonal index."), ha="center",
                     va="center", color=GREY, fontsize=7.5, wrap=True, transform=seasons.transAxes)
    seasons.set_xticks(np.arange(12))
    seasons.set_xticklabels(names, rotation=90, fontsize=7)
    _style(seasons, None, tr("Seasonal index"))
    figure.suptitle(title, x=0.01, ha="left", fontsize=11, color=INK, fontweight="bold")
    return figure


def hour_weekday_figure(matrix, weekday_labels, title=None, size=DEFAULT_SIZE):
    """A heat map of the 7 x 24 weights (Monday first)."""
    title = title if title is not None else tr("Hour of day x day of week")
    figure = new_figure(size)
    matrix = np.asarray(matrix, dtype=float)
    if matrix.sum() == 0:
        return _empty(figure, title)
    axes = figure.add_subplot(111)
    image = axes.imshow(matrix, aspect="auto", cmap="YlOrRd", interpolation="nearest")
    axes.set_yticks(range(7))
    axes.set_yticklabels(weekday_labels)
    axes.set_xticks(range(24))
    axes.set_xticklabels([str(h) for h in range(24)], fontsize=7)
    _style(axes, title, None, tr("Hour"), grid_axis=None)
    colourbar = figure.colorbar(image, ax=axes, fraction=0.04, pad=0.02)
    colourbar.ax.tick_params(labelsize=7, colors=GREY)
    return figure


def comparison_figure(comparison, previous_label, current_label, title=None, size=DEFAULT_SIZE, limit=12):
    """Grouped horizontal bars: each key's count in the previous and the current period."""
    title = title if title is not None else tr("Facts per category, compared with the previous period")
    figure = new_figure(size)
    rows = comparison.rows[:limit]
    if not rows or sum(r[3] + r[4] for r in rows) == 0:
        return _empty(figure, title)
    axes = figure.add_subplot(111)
    y = np.arange(len(rows))
    axes.barh(y - 0.2, [r[4] for r in rows], height=0.38, color=PREVIOUS, label=previous_label)
    axes.barh(y + 0.2, [r[3] for r in rows], height=0.38, color=[r[2] or ACCENT for r in rows],
              label=current_label, edgecolor=INK, linewidth=0.3)
    axes.set_yticks(y)
    axes.set_yticklabels([r[1] for r in rows])
    axes.invert_yaxis()
    _style(axes, title, None, tr("Facts"), grid_axis="x")
    axes.legend(fontsize=8, frameon=False, loc="lower right")
    return figure


def chart_figure(key, data, size=DEFAULT_SIZE):
    """The figure of the dock's chart `key` from its data (see statistics_dock)."""
    factories = {COUNTS_OVER_TIME: counts_over_time_figure, PHENOMENA: phenomena_figure, STATUS: status_figure,
                 HANDLING: handling_figure, DISTRICTS: districts_figure, MONTHLY: monthly_figure}
    return factories[key](data, size=size)


def png_bytes(figure, dpi=150):
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def save_png(figure, path, dpi=150):
    with open(path, "wb") as handle:
        handle.write(png_bytes(figure, dpi))
    return path
