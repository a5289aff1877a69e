namespace AnalysisKit.Disclosure;

/// <summary>
/// The attacker's intervals of groups already solved, by the group's hidden quantities: within one suppression the
/// known values never change, so a group with the same hidden quantities is the same linear program.
/// </summary>
internal sealed class IntervalCache
{
    private readonly Dictionary<Key, (double Lower, double Upper)[]> solved = [];

    public bool TryGet(List<int> cells, out (double Lower, double Upper)[] bounds) => solved.TryGetValue(new Key(cells), out bounds!);

    public void Add(List<int> cells, (double Lower, double Upper)[] bounds) => solved[new Key([.. cells])] = bounds;

    private readonly struct Key : IEquatable<Key>
    {
        private readonly IReadOnlyList<int> cells;
        private readonly int hash;

        public Key(IReadOnlyList<int> cells)
        {
            this.cells = cells;
            var h = new HashCode();
            foreach (var cell in cells)
            {
                h.Add(cell);
            }

            hash = h.ToHashCode();
        }

        public bool Equals(Key other)
        {
            if (hash != other.hash || cells.Count != other.cells.Count)
            {
                return false;
            }

            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i] != other.cells[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => hash;
    }
}
