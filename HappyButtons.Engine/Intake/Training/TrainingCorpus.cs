using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>
/// The labelled corpus shipped with the engine, one file per intent, one example per line
/// ("Subject | body"). Written by the team: German and English, formal and informal, typos,
/// ERP tables and OEM call-offs. Clerks' corrections are added through the training store.
/// </summary>
public static class TrainingCorpus
{
    private static readonly Lazy<IReadOnlyList<TrainingExample>> Examples = new(() =>
        CorpusOrders.Examples
            .Concat(CorpusQuotes.Examples)
            .Concat(CorpusOrderStatus.Examples)
            .Concat(CorpusComplaints.Examples)
            .Concat(CorpusReturns.Examples)
            .Concat(CorpusTechnical.Examples)
            .Concat(CorpusInvoices.Examples)
            .Concat(CorpusPayments.Examples)
            .Concat(CorpusBankChanges.Examples)
            .Concat(CorpusGeneral.Examples)
            .Concat(CorpusAutoReplies.Examples)
            .Concat(CorpusSpam.Examples)
            .ToList());

    public static IReadOnlyList<TrainingExample> All => Examples.Value;
}
