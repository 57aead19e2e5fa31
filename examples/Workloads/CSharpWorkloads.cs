using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workloads;

/// <summary>The C# column: the three workloads in plain C#, JSON through System.Text.Json into records.</summary>
internal static class CSharpWorkloads
{
    public static ulong Fib(uint n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

    /// <summary>Bilinear resampling with 8-bit fixed-point weights, pixel centres aligned (as c/workloads.c).</summary>
    public static byte[] Resample(ReadOnlySpan<byte> src, int sw, int sh, int dw, int dh)
    {
        var dst = new byte[dw * dh * 4];
        var (x0s, x1s, wxs) = Axis(dw, sw);
        var (y0s, y1s, wys) = Axis(dh, sh);
        for (var dy = 0; dy < dh; dy++)
        {
            var r0 = src.Slice(y0s[dy] * sw * 4, sw * 4);
            var r1 = src.Slice(y1s[dy] * sw * 4, sw * 4);
            var wy = wys[dy];
            var output = dst.AsSpan(dy * dw * 4, dw * 4);
            for (var dx = 0; dx < dw; dx++)
            {
                int x0 = x0s[dx] * 4, x1 = x1s[dx] * 4, wx = wxs[dx];
                int w00 = (256 - wx) * (256 - wy), w10 = wx * (256 - wy), w01 = (256 - wx) * wy, w11 = wx * wy;
                for (var c = 0; c < 4; c++)
                {
                    var v = r0[x0 + c] * w00 + r0[x1 + c] * w10 + r1[x0 + c] * w01 + r1[x1 + c] * w11;
                    output[4 * dx + c] = (byte)((v + 32768) >> 16);
                }
            }
        }

        return dst;
    }

    private static (int[] I0, int[] I1, int[] W) Axis(int dn, int s)
    {
        int[] i0 = new int[dn], i1 = new int[dn], w = new int[dn];
        for (var d = 0; d < dn; d++)
        {
            var f = Math.Max(0, (long)(2 * d + 1) * s * 128 / dn - 128);
            i0[d] = (int)(f >> 8);
            w[d] = (int)(f & 255);
            i1[d] = i0[d] + 1 < s ? i0[d] + 1 : s - 1;
        }

        return (i0, i1, w);
    }

    /// <summary>Two running 32-bit sums over the bytes: (sum of sums &lt;&lt; 32) | sum.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        uint s1 = 0, s2 = 0;
        foreach (var b in data)
        {
            s1 += b;
            s2 += s1;
        }

        return ((ulong)s2 << 32) | s1;
    }

    public static ulong SummarizeOrders(ReadOnlySpan<byte> utf8Json)
    {
        var document = JsonSerializer.Deserialize(utf8Json, OrdersJsonContext.Default.OrdersDocument)
            ?? throw new InvalidDataException("The JSON document is null.");
        ulong ids = 0, quantity = 0, discounts = 0, paid = 0, nameBytes = 0, tags = 0, notes = 0, noteBytes = 0;
        long priceCents = 0, discountCents = 0;
        foreach (var order in document.Orders)
        {
            ids += (ulong)order.Id;
            nameBytes += (ulong)order.Customer.Name.Length; // ASCII: UTF-16 length is the UTF-8 byte count
            tags += (ulong)order.Customer.Tags.Length;
            paid += order.Paid ? 1UL : 0;
            if (order.Note is { } note)
            {
                notes++;
                noteBytes += (ulong)note.Length;
            }

            foreach (var item in order.Items)
            {
                quantity += (ulong)item.Quantity;
                priceCents += Cents(item.Price);
                if (item.Discount is { } discount)
                {
                    discounts++;
                    discountCents += Cents(discount);
                }
            }
        }

        var h = 14695981039346656037UL;
        foreach (var v in (ReadOnlySpan<ulong>)[(ulong)document.Orders.Length, ids, quantity, (ulong)priceCents, discounts, (ulong)discountCents, paid, nameBytes, tags, notes, noteBytes])
        {
            h = (h ^ v) * 1099511628211UL;
        }

        return h;
    }

    private static long Cents(double value) => (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);
}

internal sealed record OrdersDocument(string Generator, int Version, Order[] Orders);

internal sealed record Order(long Id, string Created, Customer Customer, Item[] Items, bool Paid, string? Note);

internal sealed record Customer(string Name, string Email, string Tier, string City, string[] Tags);

internal sealed record Item(string Sku, int Quantity, double Price, double? Discount, double Weight);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(OrdersDocument))]
internal sealed partial class OrdersJsonContext : JsonSerializerContext;
