using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AnalysisKit.Extracts;

/// <summary>
/// A growable array of unmanaged values kept as raw bytes, so a finished column hands its bytes to the DataFrame
/// (which stores columns as byte buffers) without a copy: peak memory is one copy of the data, not two.
/// </summary>
internal sealed class ValueStore<T>(int capacity)
    where T : unmanaged
{
    private byte[] _bytes = new byte[checked(capacity * Unsafe.SizeOf<T>())];

    public ref T this[int index] => ref MemoryMarshal.Cast<byte, T>(_bytes.AsSpan())[index];

    public void Grow(int capacity) => Array.Resize(ref _bytes, checked(capacity * Unsafe.SizeOf<T>()));

    /// <summary>The first <paramref name="count"/> values as bytes, handed over; the store is empty afterwards.</summary>
    public ReadOnlyMemory<byte> Release(int count)
    {
        var bytes = new ReadOnlyMemory<byte>(_bytes, 0, checked(count * Unsafe.SizeOf<T>()));
        _bytes = [];
        return bytes;
    }
}
