using System.Numerics;

namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// The distinct words of one text (as slices of it) and how often each occurs, so work per word such
/// as character n-grams runs once per distinct word. An open-addressing table at most half full;
/// reused per thread, so <see cref="Clear"/> only undoes what was added.
/// </summary>
internal sealed class TokenTally
{
    private readonly int _mask;
    private readonly int[] _start;
    private readonly int[] _length;
    private readonly int[] _occurrences;
    private readonly int[] _slotsInOrder;

    public TokenTally(int maxTokens)
    {
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)maxTokens * 2);
        _mask = slots - 1;
        _start = new int[slots];
        _length = new int[slots];
        _occurrences = new int[slots];
        _slotsInOrder = new int[maxTokens];
    }

    public int Count { get; private set; }

    /// <summary>Counts the word <c>text[start..(start + length)]</c>; <paramref name="hash"/> is any hash of its characters.</summary>
    public void Add(ReadOnlySpan<char> text, int start, int length, int hash)
    {
        var word = text.Slice(start, length);
        var slot = hash & _mask;
        while (_occurrences[slot] != 0)
        {
            if (text.Slice(_start[slot], _length[slot]).SequenceEqual(word))
            {
                _occurrences[slot]++;
                return;
            }
            slot = (slot + 1) & _mask;
        }
        _start[slot] = start;
        _length[slot] = length;
        _occurrences[slot] = 1;
        _slotsInOrder[Count++] = slot;
    }

    /// <summary>The <paramref name="i"/>-th distinct word in order of first occurrence.</summary>
    public (int Start, int Length, int Occurrences) this[int i]
    {
        get
        {
            var slot = _slotsInOrder[i];
            return (_start[slot], _length[slot], _occurrences[slot]);
        }
    }

    public void Clear()
    {
        foreach (var slot in _slotsInOrder.AsSpan(0, Count)) _occurrences[slot] = 0;
        Count = 0;
    }
}
