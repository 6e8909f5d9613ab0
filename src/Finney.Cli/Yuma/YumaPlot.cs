using ScottPlot;

namespace Finney.Cli.Yuma;

/// <summary>
/// The <c>--plot</c> PNG: incentive (top) and dividends (bottom) per uid across epochs, as proportions of 65535.
/// Large subnets show the uids with the largest totals, so the legend stays readable.
/// </summary>
internal static class YumaPlot
{
    private const int MaxSeries = 12;

    /// <summary>Renders the chart to <paramref name="path"/>.</summary>
    public static void Save(IReadOnlyList<YumaSimulator.EpochResult> results, string path)
    {
        var blocks = results.Select(r => (double)r.Block).ToArray();
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        Panel(multiplot.GetPlot(0), "Incentive per uid", blocks, results.Select(r => r.Output.Incentive).ToArray());
        Panel(multiplot.GetPlot(1), "Dividends per uid", blocks, results.Select(r => r.Output.Dividends).ToArray());
        multiplot.SavePng(path, 1000, 900);
    }

    private static void Panel(Plot plot, string title, double[] blocks, ushort[][] valuesByEpoch)
    {
        int n = valuesByEpoch.Length == 0 ? 0 : valuesByEpoch[0].Length;
        var shown = Enumerable.Range(0, n)
            .Select(uid => (Uid: uid, Total: valuesByEpoch.Sum(v => (long)v[uid])))
            .Where(x => x.Total > 0)
            .OrderByDescending(x => x.Total).ThenBy(x => x.Uid)
            .Take(MaxSeries).OrderBy(x => x.Uid).ToList();
        foreach (var (uid, _) in shown)
        {
            var ys = valuesByEpoch.Select(v => v[uid] / 65535.0).ToArray();
            var scatter = plot.Add.Scatter(blocks, ys);
            scatter.LegendText = $"uid {uid}";
            scatter.MarkerSize = 5;
        }

        int hidden = Enumerable.Range(0, n).Count(uid => valuesByEpoch.Any(v => v[uid] > 0)) - shown.Count;
        plot.Title(hidden > 0 ? $"{title} (top {shown.Count}; {hidden} more uids not shown)" : title);
        plot.XLabel("block");
        plot.YLabel("share of 65535");
        plot.Axes.SetLimitsY(0, 1.05);
        plot.ShowLegend(Alignment.UpperRight);
    }
}
