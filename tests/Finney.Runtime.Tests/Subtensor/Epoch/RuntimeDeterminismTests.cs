using System.Reflection;
using System.Reflection.Emit;
using Finney.Primitives.FixedPoint;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>
/// What BannedSymbols.txt cannot catch: BannedApiAnalyzers ignores the keyword types float/double/decimal and
/// foreach over a Dictionary. This walks the compiled IL of the runtime and the fixed-point types instead.
/// </summary>
public class RuntimeDeterminismTests
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static readonly Type[] FloatTypes = [typeof(float), typeof(double), typeof(decimal)];

    private static readonly short[] FloatOpCodes = [OpCodes.Ldc_R4.Value, OpCodes.Ldc_R8.Value, OpCodes.Conv_R4.Value, OpCodes.Conv_R8.Value, OpCodes.Conv_R_Un.Value];

    public static TheoryData<string> Scopes() => new() { "runtime", "fixed-point" };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void CompiledCode_UsesNoFloatingPointAndNoDictionaryEnumeration(string scope)
    {
        var types = scope == "runtime"
            ? typeof(YumaConsensus).Assembly.GetTypes()
            : typeof(I32F32).Assembly.GetTypes().Where(t => t.Namespace == typeof(I32F32).Namespace);
        var problems = types.SelectMany(Inspect).ToList();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Scanner_CodeWithDoublesAndDictionaryEnumeration_IsReported()
    {
        var problems = Inspect(typeof(RuntimeDeterminismTests)).ToList();
        problems.ShouldContain(p => p.Contains("Probe: uses Double"));
        problems.ShouldContain(p => p.Contains("Probe: IL ldc.r8"));
        problems.ShouldContain(p => p.Contains("Probe: enumerates a Dictionary"));
        Probe([]).ShouldBe(0.5);
    }

    private static double Probe(Dictionary<int, int> values)
    {
        double sum = 0.5;
        foreach (var pair in values)
        {
            sum += pair.Key;
        }

        return sum;
    }

    private static IEnumerable<string> Inspect(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(all).Where(f => FloatTypes.Contains(f.FieldType)))
        {
            yield return $"{type.Name}.{field.Name}: field of type {field.FieldType.Name}";
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            foreach (var problem in InspectMethod(method))
            {
                yield return $"{type.Name}.{method.Name}: {problem}";
            }
        }
    }

    private static IEnumerable<string> InspectMethod(MethodBase method)
    {
        var body = method.GetMethodBody();
        var signature = method.GetParameters().Select(p => p.ParameterType)
            .Concat(method is MethodInfo info ? [info.ReturnType] : [])
            .Concat(body?.LocalVariables.Select(l => l.LocalType) ?? []);
        foreach (var type in signature.Where(FloatTypes.Contains))
        {
            yield return $"uses {type.Name}";
        }

        var il = body?.GetILAsByteArray() ?? [];
        for (int at = 0; at < il.Length;)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var opCode = OpCodesByValue[value];
            int operandAt = at + opCode.Size;
            if (FloatOpCodes.Contains(value))
            {
                yield return $"IL {opCode.Name}";
            }

            if (opCode.OperandType is OperandType.InlineMethod)
            {
                var callee = method.Module.ResolveMethod(BitConverter.ToInt32(il, operandAt), method.DeclaringType?.GetGenericArguments(), method.IsGenericMethod ? method.GetGenericArguments() : null);
                if (callee?.DeclaringType is { IsGenericType: true } declaring && declaring.GetGenericTypeDefinition() == typeof(Dictionary<,>)
                    && callee.Name is "GetEnumerator" or "get_Keys" or "get_Values")
                {
                    yield return $"enumerates a Dictionary ({callee.Name})";
                }
            }

            at = operandAt + OperandSize(opCode.OperandType, il, operandAt);
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int at) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
