using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AnalysisKit.Extracts;

/// <summary>
/// A growable array of 8-byte values (counts, numbers, dates) kept as raw bytes, so a finished column hands its bytes to
/// the DataFrame (which stores columns as byte buffers) without a copy: peak memory is one copy of the data, not two.
/// Not generic on purpose: typed access goes through <see cref="Unsafe"/> intrinsics, which ReadyToRun compiles ahead
/// of time, where a generic store over long, double and DateTime would be compiled at run time in every new process.
/// </summary>
internal sealed class ValueStore(int capacity)
{
    private const int Size = 8;

    private byte[] _bytes = new byte[checked(capacity * Size)];

    public ref long Int64(int index) => ref Unsafe.As<byte, long>(ref At(index));

    public ref double Double(int index) => ref Unsafe.As<byte, double>(ref At(index));

    public ref DateTime Date(int index) => ref Unsafe.As<byte, DateTime>(ref At(index));

    public void Grow(int capacity) => Array.Resize(ref _bytes, checked(capacity * Size));

    /// <summary>The first <paramref name="count"/> values as bytes, handed over; the store is empty afterwards.</summary>
    public ReadOnlyMemory<byte> Release(int count)
    {
        var bytes = new ReadOnlyMemory<byte>(_bytes, 0, checked(count * Size));
        _bytes = [];
        return bytes;
    }

    private ref byte At(int index)
    {
        if ((uint)index >= (uint)(_bytes.Length / Size))
        {
            throw new IndexOutOfRangeException();
        }

        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bytes), index * Size);
    }
}
