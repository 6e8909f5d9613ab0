using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>
/// One <c>author_extrinsicUpdate</c> notification: a bare string for <c>"future"</c>, <c>"ready"</c>,
/// <c>"dropped"</c> and <c>"invalid"</c>; an object <c>{"inBlock": hash}</c> for the states that carry a
/// block or transaction hash (<c>inBlock</c>, <c>finalized</c>, <c>usurped</c>, <c>retracted</c>,
/// <c>finalityTimeout</c>).
/// </summary>
[JsonConverter(typeof(ExtrinsicStatusDtoConverter))]
public sealed record ExtrinsicStatusDto(string Kind, string? Hash = null)
{
#pragma warning disable CS1591 // wire names
    public const string Future = "future";
    public const string Ready = "ready";
    public const string InBlock = "inBlock";
    public const string Retracted = "retracted";
    public const string FinalityTimeout = "finalityTimeout";
    public const string Finalized = "finalized";
    public const string Usurped = "usurped";
    public const string Dropped = "dropped";
    public const string Invalid = "invalid";
#pragma warning restore CS1591

    /// <summary>True for the states after which no further update comes.</summary>
    public bool IsFinal => Kind is Finalized or Usurped or Dropped or Invalid or FinalityTimeout;
}
