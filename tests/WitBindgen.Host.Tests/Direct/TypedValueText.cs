using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace WitBindgen.Host.Tests.Direct;

/// <summary>
/// Writes a value of the generated bindings' types as text, structurally (arrays by their items, records by their
/// properties), so two values compare equal when they hold the same WIT value. Every NaN is written <c>NaN</c>.
/// </summary>
internal static class TypedValueText
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case float f:
                text.Append(float.IsNaN(f) ? "NaN" : f.ToString("R", CultureInfo.InvariantCulture));
                return;
            case double d:
                text.Append(double.IsNaN(d) ? "NaN" : d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case Rune r:
                text.Append("U+").Append(r.Value.ToString("X", CultureInfo.InvariantCulture));
                return;
            case Enum e:
                text.Append(e.GetType().Name).Append('.').Append(e.ToString());
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item);
                    text.Append(", ");
                }

                text.Append(']');
                return;
            case IConvertible convertible:
                text.Append(convertible.ToString(CultureInfo.InvariantCulture));
                return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(WitBindgen.Option<>))
        {
            AppendCase(text, value, (bool)type.GetProperty("HasValue")!.GetValue(value)! ? "Some" : null, "Value");
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(WitBindgen.Result<,>))
        {
            var ok = (bool)type.GetProperty("IsOk")!.GetValue(value)!;
            AppendCase(text, value, ok ? "Ok" : "Err", ok ? "Value" : "Error");
        }
        else if (type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            text.Append('(');
            foreach (var field in type.GetFields())
            {
                Append(text, field.GetValue(value));
                text.Append(", ");
            }

            text.Append(')');
        }
        else
        {
            text.Append(type.Name).Append('{');
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                text.Append(property.Name).Append('=');
                Append(text, property.GetValue(value));
                text.Append(", ");
            }

            text.Append('}');
        }
    }

    private static void AppendCase(StringBuilder text, object value, string? name, string property)
    {
        if (name is null)
        {
            text.Append("None");
            return;
        }

        text.Append(name).Append('(');
        Append(text, value.GetType().GetProperty(property)!.GetValue(value));
        text.Append(')');
    }
}
