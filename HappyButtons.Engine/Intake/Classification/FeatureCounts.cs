using System.Numerics;

namespace HappyButtons.Engine.Intake.Classification;

/// <summary>
/// Summed weights per feature index for one text: an open-addressing table (the indices are hashes
/// already) plus a bitset of the indices seen, so <see cref="ToVector"/> emits them in ascending
/// order without sorting. Reused per thread, so <see cref="Clear"/> only undoes what was added.
/// </summary>
internal sealed class FeatureCounts
{
    private const int InitialCapacity = 4096;

    private readonly ulong[] _seen;
    private readonly ulong[] _seenWords;
    private int[] _keys = new int[InitialCapacity];
    private float[] _values = new float[InitialCapacity];
    private int[] _usedSlots = new int[InitialCapacity / 2];
    private int _count;

    public FeatureCounts(int dimension)
    {
        _seen = new ulong[(dimension + 63) / 64];
        _seenWords = new ulong[(_seen.Length + 63) / 64];
    }

    public void Add(int index, float weight)
    {
        var slot = Slot(index);
        if (_keys[slot] == 0)
        {
            if (_count == _usedSlots.Length)
            {
                Grow();
                slot = Slot(index);
            }
            _keys[slot] = index + 1;
            _usedSlots[_count++] = slot;
            _seen[index >> 6] |= 1UL << index;
            _seenWords[index >> 12] |= 1UL << (index >> 6);
        }
        _values[slot] += weight;
    }

    /// <summary>The features in ascending index order with their summed weights.</summary>
    public SparseVector ToVector()
    {
        var indices = new int[_count];
        var values = new float[_count];
        var k = 0;
        for (var w = 0; w < _seenWords.Length; w++)
        {
            for (var words = _seenWords[w]; words != 0; words &= words - 1)
            {
                var word = w * 64 + BitOperations.TrailingZeroCount(words);
                for (var bits = _seen[word]; bits != 0; bits &= bits - 1)
                {
                    var index = word * 64 + BitOperations.TrailingZeroCount(bits);
                    indices[k] = index;
                    values[k++] = _values[Slot(index)];
                }
            }
        }
        return new SparseVector(indices, values);
    }

    /// <summary>The slot holding <paramref name="index"/>, or the empty slot where it belongs (linear probing).</summary>
    private int Slot(int index)
    {
        var mask = _keys.Length - 1;
        var slot = index & mask;
        while (_keys[slot] != 0 && _keys[slot] != index + 1) slot = (slot + 1) & mask;
        return slot;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        var used = _usedSlots.AsSpan(0, _count).ToArray();
        _keys = new int[keys.Length * 2];
        _values = new float[keys.Length * 2];
        _usedSlots = new int[keys.Length];
        var count = _count;
        _count = 0;
        for (var i = 0; i < count; i++)
        {
            var slot = Slot(keys[used[i]] - 1);
            _keys[slot] = keys[used[i]];
            _values[slot] = values[used[i]];
            _usedSlots[_count++] = slot;
        }
    }

    public void Clear()
    {
        foreach (var slot in _usedSlots.AsSpan(0, _count))
        {
            var index = _keys[slot] - 1;
            _seen[index >> 6] = 0;
            _seenWords[index >> 12] = 0;
            _keys[slot] = 0;
            _values[slot] = 0;
        }
        _count = 0;
    }
}
