using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace HappyButtons.Web.Hosting;

/// <summary>
/// Collects every instrument of the <c>HappyButtons.*</c> meters and writes them in the Prometheus text
/// format (0.0.4). Counters and histograms accumulate from start-up; observable instruments are read at scrape time.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    public const string MeterPrefix = "HappyButtons";
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, Series> _series = new();
    private readonly Lock _scrapeGate = new();

    /// <param name="meters">This host's meter factory: meters of other hosts in the same process (tests) are not exported.</param>
    public PrometheusExporter(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal) && (instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, meters)))
            {
                _series.TryAdd(instrument, new Series(instrument));
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        _listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Record(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        _listener.Start();
    }

    public string Scrape()
    {
        lock (_scrapeGate)
        {
            foreach (var series in _series.Values.Where(s => s.IsObservable))
            {
                series.ClearGauges();
            }

            _listener.RecordObservableInstruments();
            var output = new StringBuilder();
            foreach (var series in _series.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                series.WriteTo(output);
            }

            return output.ToString();
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (_series.TryGetValue(instrument, out var series))
        {
            series.Record(value, tags);
        }
    }

    private sealed class Series(Instrument instrument)
    {
        private readonly ConcurrentDictionary<string, double> _values = new();
        private readonly ConcurrentDictionary<string, Histogram> _histograms = new();

        public string Name { get; } = Sanitize(instrument.Name) + (IsCounter(instrument) && !instrument.Name.EndsWith("total", StringComparison.Ordinal) ? "_total" : "");

        public bool IsObservable => instrument.IsObservable;

        private string Type => instrument switch
        {
            _ when IsCounter(instrument) => "counter",
            Histogram<double> or Histogram<long> or Histogram<int> => "histogram",
            _ => "gauge",
        };

        public void ClearGauges() => _values.Clear();

        public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var labels = Labels(tags);
            if (Type == "histogram")
            {
                _histograms.GetOrAdd(labels, _ => new Histogram()).Add(value);
            }
            else if (instrument.IsObservable || Type == "gauge" && instrument.GetType().Name.StartsWith("Gauge", StringComparison.Ordinal))
            {
                _values[labels] = value;
            }
            else
            {
                _values.AddOrUpdate(labels, value, (_, total) => total + value);
            }
        }

        public void WriteTo(StringBuilder output)
        {
            if (_values.IsEmpty && _histograms.IsEmpty)
            {
                return;
            }

            if (!string.IsNullOrEmpty(instrument.Description))
            {
                output.Append("# HELP ").Append(Name).Append(' ').Append(instrument.Description.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
            }

            output.Append("# TYPE ").Append(Name).Append(' ').Append(Type).Append('\n');
            foreach (var (labels, value) in _values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                output.Append(Name).Append(Braced(labels)).Append(' ').Append(Number(value)).Append('\n');
            }

            foreach (var (labels, histogram) in _histograms.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                histogram.WriteTo(output, Name, labels);
            }
        }

        private static bool IsCounter(Instrument instrument) =>
            instrument.GetType().Name.StartsWith("Counter", StringComparison.Ordinal)
            || instrument.GetType().Name.StartsWith("ObservableCounter", StringComparison.Ordinal);

        private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (tags.Length == 0)
            {
                return "";
            }

            var parts = new List<string>(tags.Length);
            foreach (var tag in tags)
            {
                var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
                parts.Add($"{Sanitize(tag.Key)}=\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"");
            }

            parts.Sort(StringComparer.Ordinal);
            return string.Join(",", parts);
        }

        private static string Braced(string labels) => labels.Length == 0 ? "" : "{" + labels + "}";

        private sealed class Histogram
        {
            private readonly long[] _counts = new long[Buckets.Length];
            private readonly Lock _gate = new();
            private long _count;
            private double _sum;

            public void Add(double value)
            {
                lock (_gate)
                {
                    for (var i = 0; i < Buckets.Length; i++)
                    {
                        if (value <= Buckets[i])
                        {
                            _counts[i]++;
                        }
                    }

                    _count++;
                    _sum += value;
                }
            }

            public void WriteTo(StringBuilder output, string name, string labels)
            {
                lock (_gate)
                {
                    var prefix = labels.Length == 0 ? "" : labels + ",";
                    for (var i = 0; i < Buckets.Length; i++)
                    {
                        output.Append(name).Append("_bucket{").Append(prefix).Append("le=\"").Append(Number(Buckets[i])).Append("\"} ").Append(_counts[i]).Append('\n');
                    }

                    output.Append(name).Append("_bucket{").Append(prefix).Append("le=\"+Inf\"} ").Append(_count).Append('\n');
                    output.Append(name).Append("_sum").Append(Braced(labels)).Append(' ').Append(Number(_sum)).Append('\n');
                    output.Append(name).Append("_count").Append(Braced(labels)).Append(' ').Append(_count).Append('\n');
                }
            }
        }
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
