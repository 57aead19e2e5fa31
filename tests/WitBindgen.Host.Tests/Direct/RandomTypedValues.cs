using System.Reflection;
using System.Text;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// Seeded random values of the C# types generated bindings take: numbers (finite floats), chars and strings across
/// the Unicode planes, arrays, tuples, records, variants, enums, flags, options (nullable, and <c>Option&lt;T&gt;</c>
/// when nested) and results, built by reflection over the generated types with their nullability.
/// </summary>
internal sealed class RandomTypedValues(int seed)
{
    private const int MaxDepth = 4;

    private readonly Random _random = new(seed);
    private readonly NullabilityInfoContext _nullability = new();

    /// <summary>A value for <paramref name="parameter"/>.</summary>
    public object? For(ParameterInfo parameter) => Create(parameter.ParameterType, _nullability.Create(parameter), 0);

    private object? Create(Type type, NullabilityInfo? nullability, int depth)
    {
        if (!type.IsValueType && nullability?.ReadState == NullabilityState.Nullable && _random.Next(3) == 0)
        {
            return null;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return _random.Next(3) == 0 ? null : Create(underlying, null, depth);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type).Cast<object>().Select(Convert.ToUInt64).ToArray();
            var bits = type.IsDefined(typeof(FlagsAttribute))
                ? values.Where(_ => _random.Next(2) == 0).Aggregate(0UL, (a, b) => a | b)
                : values[_random.Next(values.Length)];
            return Enum.ToObject(type, bits);
        }

        switch (Type.GetTypeCode(type))
        {
            case TypeCode.Boolean: return _random.Next(2) == 1;
            case TypeCode.Byte: return (byte)_random.Next(256);
            case TypeCode.SByte: return (sbyte)_random.Next(256);
            case TypeCode.UInt16: return (ushort)_random.Next(65536);
            case TypeCode.Int16: return (short)_random.Next(65536);
            case TypeCode.UInt32: return (uint)_random.NextInt64();
            case TypeCode.Int32: return (int)_random.NextInt64();
            case TypeCode.UInt64: return (ulong)_random.NextInt64() ^ ((ulong)_random.Next(2) << 63);
            case TypeCode.Int64: return _random.NextInt64() ^ ((long)_random.Next(2) << 63);
            case TypeCode.Single: return Finite(() => BitConverter.Int32BitsToSingle((int)_random.NextInt64()), float.IsFinite);
            case TypeCode.Double: return Finite(() => BitConverter.Int64BitsToDouble(_random.NextInt64()), double.IsFinite);
            case TypeCode.String: return Text();
        }

        if (type == typeof(Rune))
        {
            return Scalar();
        }

        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var array = Array.CreateInstance(element, depth >= MaxDepth ? 0 : _random.Next(element == typeof(byte) ? 9 : 4));
            for (var i = 0; i < array.Length; i++)
            {
                array.SetValue(Create(element, nullability?.ElementType, depth + 1), i);
            }

            return array;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            object? Argument(int k) => Create(arguments[k], nullability?.GenericTypeArguments.ElementAtOrDefault(k), depth + 1);
            if (definition == typeof(WitBindgen.Option<>))
            {
                return _random.Next(3) == 0 ? Activator.CreateInstance(type) : type.GetMethod("Some")!.Invoke(null, [Argument(0)]);
            }

            if (definition == typeof(WitBindgen.Result<,>))
            {
                var ok = _random.Next(2) == 0;
                return type.GetMethod(ok ? "Ok" : "Err")!.Invoke(null, [Argument(ok ? 0 : 1)]);
            }

            if (type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
            {
                return Activator.CreateInstance(type, arguments.Select((_, k) => Argument(k)).ToArray());
            }
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        if (type.IsAbstract)
        {
            // A variant: one of its cases, the classes nested in it that derive from it.
            var cases = type.GetNestedTypes().Where(c => c.IsSubclassOf(type) && !c.IsAbstract).ToArray();
            return Create(cases[_random.Next(cases.Length)], null, depth);
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke(constructor.GetParameters().Select(p => Create(p.ParameterType, _nullability.Create(p), depth + 1)).ToArray());
    }

    private static T Finite<T>(Func<T> next, Func<T, bool> finite)
    {
        var value = next();
        while (!finite(value))
        {
            value = next();
        }

        return value;
    }

    private Rune Scalar() => _random.Next(4) switch
    {
        0 => new Rune(_random.Next(0x20, 0x7F)),
        1 => new Rune(_random.Next(0xA0, 0x100)),
        2 => new Rune(_random.Next(0x100, 0xD800)),
        _ => new Rune(_random.Next(0x10000, 0x110000)),
    };

    private string Text()
    {
        var text = new StringBuilder();
        for (var i = _random.Next(12); i > 0; i--)
        {
            text.Append(Scalar().ToString());
        }

        return text.ToString();
    }
}
