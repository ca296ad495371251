package org.entente.analytics.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Chart.js chart of the dashboard holds, as read from the page.
 *
 * @param labels   the x-axis labels
 * @param datasets the datasets by their {@code key} (the page's name for each series)
 */
public record ChartData(List<String> labels, Map<String, Dataset> datasets) {

    @SuppressWarnings("unchecked")
    static ChartData of(Map<String, Object> chart) {
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        for (Map<String, Object> dataset : (List<Map<String, Object>>) chart.get("datasets")) {
            datasets.put((String) dataset.get("key"), new Dataset((String) dataset.get("label"),
                    (List<Object>) dataset.get("data"), (List<String>) dataset.get("basis")));
        }
        return new ChartData((List<String>) chart.get("labels"), datasets);
    }

    /** The values of the series {@code key}, one per label, null where it has none. */
    public List<Double> values(String key) {
        List<Double> values = new ArrayList<>();
        for (Object value : dataset(key).data()) {
            values.add(value == null ? null : ((Number) value).doubleValue());
        }
        return values;
    }

    /** The points of the series {@code key}, drawn at chosen labels. */
    @SuppressWarnings("unchecked")
    public List<Point> points(String key) {
        return dataset(key).data().stream().map(point -> (List<Object>) point)
                .map(point -> new Point((String) point.get(0), ((Number) point.get(1)).doubleValue(),
                        ((Number) point.get(2)).doubleValue()))
                .toList();
    }

    /** The basis of each value of the series {@code key}: {@code actual}, {@code estimate} or null. */
    public List<String> basis(String key) {
        return dataset(key).basis();
    }

    /** The series {@code key}; fails when the chart has none. */
    public Dataset dataset(String key) {
        Dataset dataset = datasets.get(key);
        if (dataset == null) {
            throw new AssertionError("the chart has no series " + key + "; it has " + datasets.keySet());
        }
        return dataset;
    }

    /**
     * One series.
     *
     * @param label its legend
     * @param data  its values, or its points as [label, value, drawn at]
     * @param basis the basis of each value, for trade series
     */
    public record Dataset(String label, List<Object> data, List<String> basis) {
    }

    /**
     * A point drawn at a label.
     *
     * @param label   the x-axis label
     * @param value   the value it stands for
     * @param drawnAt the height it is drawn at: its value, or lower for a target far above the other figures
     */
    public record Point(String label, double value, double drawnAt) {
    }
}
