using HappyButtons.Engine.Intake.Enrichment;
using HappyButtons.Engine.Intake.Enrichment.Fraud;

namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// Intent and department classifier: two softmax models over hashed text features, trained at
/// start-up from the shipped corpus plus stored corrections, combined with rule signals from the
/// enrichment, and corrected online through <see cref="LearnAsync"/>.
/// </summary>
public sealed class MessageClassifier
{
    private static readonly Intent[] Intents = Enum.GetValues<Intent>();
    private static readonly Department[] Departments = Enum.GetValues<Department>();

    private readonly SoftmaxModel _intentModel = new(Intents.Length);
    private readonly SoftmaxModel _departmentModel = new(Departments.Length);
    private readonly ITrainingExampleStore _store;
    private readonly Lock _learnGate = new();
    private TermWeighting _weighting = null!;

    private MessageClassifier(ITrainingExampleStore store, ClassifierOptions options)
    {
        _store = store;
        Options = options;
    }

    public ClassifierOptions Options { get; }

    /// <summary>Trains on the examples given (typically <c>TrainingCorpus.All</c>) plus every stored correction.</summary>
    public static async Task<MessageClassifier> CreateAsync(
        IEnumerable<TrainingExample> corpus, ITrainingExampleStore store, ClassifierOptions? options = null, CancellationToken cancellationToken = default)
    {
        var corrections = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return Train(corpus.Concat(corrections), store, options);
    }

    /// <summary>Synchronous training without stored corrections (evaluation, tests, benchmark).</summary>
    public static MessageClassifier Train(IEnumerable<TrainingExample> examples, ITrainingExampleStore? store = null, ClassifierOptions? options = null)
    {
        var classifier = new MessageClassifier(store ?? new InMemoryTrainingExampleStore(), options ?? new ClassifierOptions());
        var raw = examples.Select(e => (Raw: FeatureExtractor.Extract(e.Text), e.Intent, e.Department)).ToList();
        classifier._weighting = TermWeighting.Fit(raw.Select(r => r.Raw).ToList());
        var featurised = raw.Select(r => (Features: classifier._weighting.Apply(r.Raw), r.Intent, r.Department)).ToList();
        var o = classifier.Options;
        // The two models are independent: train them side by side (still deterministic).
        Parallel.Invoke(
            () => classifier._intentModel.Train(featurised.Select(f => (f.Features, (int)f.Intent)).ToList(), o.Epochs, o.LearningRate, o.Seed),
            () => classifier._departmentModel.Train(featurised.Select(f => (f.Features, (int)f.Department)).ToList(), o.Epochs, o.LearningRate, o.Seed));
        return classifier;
    }

    /// <summary>The text the models read: subject on the first line, then authored text and extracted attachment text.</summary>
    public static string TextOf(IntakeMessage message) => message.SearchableText;

    private SparseVector Features(string text) => _weighting.Apply(FeatureExtractor.Extract(text));

    public TextPrediction Predict(string text)
    {
        var features = Features(text);
        var intents = _intentModel.Predict(features);
        var departments = BlendDepartments(_departmentModel.Predict(features), intents);
        var intent = ArgMax(intents);
        var department = ArgMax(departments);
        return new TextPrediction(Intents[intent], intents[intent], Departments[department], departments[department]);
    }

    public MessageClassification Classify(IntakeMessage message, MessageEnrichment enrichment)
    {
        var text = TextOf(message);
        var prediction = Predict(text);
        var intent = prediction.Intent;
        var department = prediction.Department;
        double intentConfidence = prediction.IntentProbability, departmentConfidence = prediction.DepartmentProbability;
        var reasons = new List<string> { $"model: {intent.ToApiName()} {intentConfidence:0.00}, {department.ToApiName()} {departmentConfidence:0.00}" };

        if (enrichment.AutoReply.IsAutomated && intent != Intent.Spam)
        {
            (intent, department) = (Intent.AutoReply, Department.Info);
            intentConfidence = departmentConfidence = Math.Max(0.95, intentConfidence);
            reasons.Add("rule: automated mail => auto_reply (" + string.Join("; ", enrichment.AutoReply.Reasons) + ")");
        }
        else if (enrichment.Risk.Has(RiskWeights.BankChangeWording) && intent != Intent.BankChange)
        {
            (intent, department) = (Intent.BankChange, Department.Finance);
            intentConfidence = departmentConfidence = Math.Max(0.8, intentConfidence);
            reasons.Add("rule: bank-change wording => bank_change");
        }

        var confidence = Math.Min(intentConfidence, departmentConfidence);
        if (!enrichment.AutoReply.IsAutomated)
        {
            var words = CountWords(text);
            var lowInformation = words < Options.MinimumWords;
            if (lowInformation && intent != Intent.BankChange)
            {
                // The model only sees its bias here; a person decides, nothing is archived unseen.
                (intent, department) = (Intent.GeneralInquiry, Department.Info);
                reasons.Add("rule: too little text => general_inquiry for triage");
            }
            confidence = AdjustForLowInformation(message, enrichment, confidence, words, lowInformation, reasons);
        }
        var needsReview = confidence < Options.ReviewThreshold;
        if (needsReview) reasons.Add($"confidence {confidence:0.00} below review threshold {Options.ReviewThreshold:0.00}");
        return new MessageClassification(intent, intentConfidence, department, departmentConfidence, confidence, needsReview, reasons);
    }

    /// <summary>
    /// Records a clerk's correction and nudges both models until the corrected text predicts the
    /// corrected labels (bounded number of steps, so one odd example cannot wreck the model).
    /// A department other than the intent's home department may not win at once, because the
    /// department prediction leans on the intent (see <see cref="BlendDepartments"/>).
    /// </summary>
    public async Task LearnAsync(TrainingExample example, CancellationToken cancellationToken = default)
    {
        await _store.AddAsync(example, cancellationToken).ConfigureAwait(false);
        Learn(example);
    }

    public Task LearnAsync(IntakeMessage message, Intent correctIntent, Department correctDepartment, CancellationToken cancellationToken = default) =>
        LearnAsync(TrainingExample.From(message, correctIntent, correctDepartment), cancellationToken);

    private void Learn(TrainingExample example)
    {
        var features = Features(example.Text);
        lock (_learnGate)
        {
            for (var step = 0; step < 40; step++)
            {
                var intents = _intentModel.Predict(features);
                var departments = BlendDepartments(_departmentModel.Predict(features), intents);
                var intentDone = ArgMax(intents) == (int)example.Intent && intents[(int)example.Intent] >= 0.6f;
                var departmentDone = ArgMax(departments) == (int)example.Department && departments[(int)example.Department] >= 0.6f;
                if (intentDone && departmentDone) return;
                if (!intentDone) _intentModel.Update(features, (int)example.Intent, 0.5f);
                if (!departmentDone) _departmentModel.Update(features, (int)example.Department, 0.5f);
            }
        }
    }

    private static int CountWords(string text) => TextNormalizer.CountTokens(text, 64);

    private static double AdjustForLowInformation(
        IntakeMessage message, MessageEnrichment enrichment, double confidence, int words, bool lowInformation, List<string> reasons)
    {
        if (lowInformation)
        {
            confidence *= message.Attachments.Count > 0 ? 0.6 : 0.4;
            reasons.Add($"low information: {words} word(s) of text");
        }
        if (enrichment.Language.IsMixed)
        {
            confidence *= 0.5;
            reasons.Add("mixed languages");
        }
        return confidence;
    }

    /// <summary>
    /// Averages the department model with the intent model's probability mass per home department:
    /// two views of the same text that disagree mostly when both are unsure.
    /// </summary>
    private static float[] BlendDepartments(float[] departments, float[] intents)
    {
        var blended = new float[departments.Length];
        for (var d = 0; d < departments.Length; d++) blended[d] = departments[d] * (1 - IntentShare);
        for (var i = 0; i < intents.Length; i++) blended[(int)Intents[i].HomeDepartment()] += intents[i] * IntentShare;
        return blended;
    }

    private const float IntentShare = 0.7f;

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++) if (values[i] > values[best]) best = i;
        return best;
    }
}
