using System.Globalization;
using System.Text;

namespace Workloads;

/// <summary>The fixed inputs, generated the same way on every run (seeded, no randomness from the machine).</summary>
internal sealed class Inputs
{
    public const int ImageWidth = 3840, ImageHeight = 2160, ResampledWidth = 1920, ResampledHeight = 1080;

    /// <summary>A 4K RGBA image: gradients with noise, so that no two neighbouring pixels are alike.</summary>
    public required byte[] Image { get; init; }

    /// <summary>A JSON document of about 10 MB: an array of orders, each with a customer and items.</summary>
    public required string Json { get; init; }

    /// <summary>The same document as UTF-8.</summary>
    public required byte[] JsonUtf8 { get; init; }

    /// <summary>The argument of the naive Fibonacci, read at run time so no compiler can fold the call.</summary>
    public required uint FibN { get; init; }

    public static Inputs Create(uint fibN)
    {
        var json = CreateJson(10_000_000);
        return new Inputs { Image = CreateImage(), Json = json, JsonUtf8 = Encoding.UTF8.GetBytes(json), FibN = fibN };
    }

    private static byte[] CreateImage()
    {
        var pixels = new byte[ImageWidth * ImageHeight * 4];
        var random = new SplitMix64(0x5EED_0001);
        var i = 0;
        for (var y = 0; y < ImageHeight; y++)
        {
            for (var x = 0; x < ImageWidth; x++)
            {
                var noise = random.Next();
                pixels[i++] = (byte)((x * 255 / (ImageWidth - 1)) + (int)(noise & 15));
                pixels[i++] = (byte)((y * 255 / (ImageHeight - 1)) + (int)((noise >> 8) & 15));
                pixels[i++] = (byte)((x ^ y) + (int)((noise >> 16) & 63));
                pixels[i++] = (byte)(noise >> 24);
            }
        }

        return pixels;
    }

    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Niklaus", "Frances", "Ken"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Wirth", "Allen", "Thompson"];
    private static readonly string[] Tiers = ["bronze", "silver", "gold", "platinum"];
    private static readonly string[] Tags = ["new", "vip", "wholesale", "returning", "newsletter", "b2b"];
    // JSON string bodies (already escaped). Every escape decodes to ASCII so that lengths agree in every language;
    // the cities, which no implementation counts, hold non-ASCII escapes.
    private static readonly string[] Notes = ["Leave at the door", "Ring twice\\nthen wait", "Fragile: \\\"glass\\\"", "Path C:\\\\orders\\\\in", "Tab\\tseparated", "Gift \\u0041\\u0042\\u0043", "Call ahead"];
    private static readonly string[] Cities = ["Montr\\u00e9al", "Z\\u00fcrich", "Oslo", "Krak\\u00f3w", "\\u6771\\u4eac", "Lisboa"];

    private static string CreateJson(int targetLength)
    {
        var random = new SplitMix64(0x5EED_0002);
        var json = new StringBuilder(targetLength + 4096);
        json.Append("{\"generator\":\"WitBindgen workloads\",\"version\":1,\"orders\":[\n");
        for (var id = 100_000; json.Length < targetLength; id++)
        {
            if (id > 100_000)
            {
                json.Append(",\n");
            }

            var customer = random.Below(50_000);
            var first = FirstNames[random.Below(FirstNames.Length)];
            var last = LastNames[random.Below(LastNames.Length)];
            var quoted = random.Below(8) == 0;
            json.Append(CultureInfo.InvariantCulture, $"{{\"id\":{id},\"created\":\"2026-{1 + random.Below(12):D2}-{1 + random.Below(28):D2}T{random.Below(24):D2}:{random.Below(60):D2}:{random.Below(60):D2}Z\",");
            json.Append(CultureInfo.InvariantCulture, $"\"customer\":{{\"name\":\"{(quoted ? "\\\"" : "")}{first} {last} {customer}{(quoted ? "\\\"" : "")}\",");
            json.Append(CultureInfo.InvariantCulture, $"\"email\":\"{first.ToLowerInvariant()}.{customer}@example.com\",\"tier\":\"{Tiers[random.Below(Tiers.Length)]}\",\"city\":\"{Cities[random.Below(Cities.Length)]}\",\"tags\":[");
            var tagCount = random.Below(4);
            for (var t = 0; t < tagCount; t++)
            {
                json.Append(t == 0 ? "\"" : ",\"").Append(Tags[random.Below(Tags.Length)]).Append('"');
            }

            json.Append("]},\"items\":[");
            var itemCount = 1 + random.Below(6);
            for (var n = 0; n < itemCount; n++)
            {
                json.Append(n == 0 ? "{" : ",{");
                json.Append(CultureInfo.InvariantCulture, $"\"sku\":\"SKU-{random.Below(100_000):D5}\",\"quantity\":{1 + random.Below(20)},\"price\":{Money(1 + random.Below(100_000))},");
                json.Append("\"discount\":").Append(random.Below(3) == 0 ? Money(random.Below(2_000)) : "null");
                json.Append(CultureInfo.InvariantCulture, $",\"weight\":{1 + random.Below(999)}.{random.Below(100):D2}e{(random.Below(2) == 0 ? "-" : "")}{random.Below(4)}}}");
            }

            json.Append("],\"paid\":").Append(random.Below(4) == 0 ? "false" : "true");
            json.Append(",\"note\":").Append(random.Below(3) == 0 ? "\"" + Notes[random.Below(Notes.Length)] + "\"" : "null");
            json.Append('}');
        }

        json.Append("\n]}\n");
        return json.ToString();
    }

    /// <summary>An amount of cents as JSON: 12.34, 0.5 or 7 (shortest form, as most serializers write it).</summary>
    private static string Money(int cents) =>
        (cents / 100m).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>SplitMix64: tiny, fast and the same everywhere, unlike <see cref="Random"/> across .NET versions.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }

        public int Below(int bound) => (int)(Next() % (ulong)bound);
    }
}
