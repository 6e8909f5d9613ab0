using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor;

/// <summary>Errors of SubtensorModule, numbered as subtensor's Finney-era <c>Error</c> enum.</summary>
public enum SubtensorError : byte
{
    /// <summary>The connection requirement is invalid (a subnet cannot require itself).</summary>
    InvalidConnectionRequirement = 0,

    /// <summary>The subnet does not exist.</summary>
    NetworkDoesNotExist = 1,

    /// <summary>The subnet already exists.</summary>
    NetworkExist = 2,

    /// <summary>The modality is not 0 (text), 1 (image) or 2 (tensor).</summary>
    InvalidModality = 3,

    /// <summary>The IP type is not 4 or 6.</summary>
    InvalidIpType = 4,

    /// <summary>The IP address is not a valid public address.</summary>
    InvalidIpAddress = 5,

    /// <summary>The port is zero.</summary>
    InvalidPort = 6,

    /// <summary>The hotkey is not registered.</summary>
    NotRegistered = 7,

    /// <summary>The hotkey is not owned by this coldkey (nor a delegate).</summary>
    NonAssociatedColdKey = 8,

    /// <summary>The coldkey does not have that much stake on the hotkey, or the amount is zero.</summary>
    NotEnoughStaketoWithdraw = 9,

    /// <summary>The coldkey's free balance is too low.</summary>
    NotEnoughBalanceToStake = 10,

    /// <summary>The balance could not be withdrawn (it would kill the account).</summary>
    BalanceWithdrawalError = 11,

    /// <summary>The UID has no validator permit and may only set a self-weight.</summary>
    NoValidatorPermit = 12,

    /// <summary>The UID and value vectors differ in length.</summary>
    WeightVecNotEqualSize = 13,

    /// <summary>A UID appears twice.</summary>
    DuplicateUids = 14,

    /// <summary>A UID has no neuron.</summary>
    InvalidUid = 15,

    /// <summary>Fewer weights than the subnet's minimum.</summary>
    NotSettingEnoughWeights = 16,

    /// <summary>The subnet's registrations for this block are used up.</summary>
    TooManyRegistrationsThisBlock = 17,

    /// <summary>The hotkey is already registered on this subnet.</summary>
    AlreadyRegistered = 18,

    /// <summary>The work's block is in the future or more than two blocks old.</summary>
    InvalidWorkBlock = 19,

    /// <summary>The seal does not meet the subnet's difficulty.</summary>
    InvalidDifficulty = 20,

    /// <summary>The work is not the seal of this block, hotkey and nonce.</summary>
    InvalidSeal = 21,

    /// <summary>The subnet already holds at least that many UIDs.</summary>
    MaxAllowedUIdsNotAllowed = 22,

    /// <summary>The amount could not be converted to a balance.</summary>
    CouldNotConvertToBalance = 23,

    /// <summary>The stake was already added.</summary>
    StakeAlreadyAdded = 24,

    /// <summary>A normalised weight exceeds the subnet's maximum.</summary>
    MaxWeightExceeded = 25,

    /// <summary>The value is out of range.</summary>
    StorageValueOutOfRange = 26,

    /// <summary>The subnet's tempo is not set.</summary>
    TempoHasNotSet = 27,

    /// <summary>The tempo is not below 65,535.</summary>
    InvalidTempo = 28,

    /// <summary>The emission values do not match the subnets.</summary>
    EmissionValuesDoesNotMatchNetworks = 29,

    /// <summary>The emission values overflow or do not sum to the block emission.</summary>
    InvalidEmissionValues = 30,

    /// <summary>The hotkey does not meet a connected subnet's requirement.</summary>
    DidNotPassConnectedNetworkRequirement = 31,

    /// <summary>The hotkey is already a delegate.</summary>
    AlreadyDelegate = 32,

    /// <summary>The UID set weights too recently.</summary>
    SettingWeightsTooFast = 33,

    /// <summary>The version key is below the subnet's.</summary>
    IncorrectNetworkVersionKey = 34,

    /// <summary>The hotkey served too recently.</summary>
    ServingRateLimitExceeded = 35,

    /// <summary>The balance could not be set.</summary>
    BalanceSetError = 36,

    /// <summary>The subnet holds its maximum of UIDs.</summary>
    MaxAllowedUidsExceeded = 37,

    /// <summary>More weights than UIDs on the subnet.</summary>
    TooManyUids = 38,

    /// <summary>The coldkey transacted too recently.</summary>
    TxRateLimitExceeded = 39,

    /// <summary>Registration is closed on this subnet.</summary>
    RegistrationDisabled = 40,

    /// <summary>The subnet's registrations for this interval are used up.</summary>
    TooManyRegistrationsThisInterval = 41,

    /// <summary>The call is for benchmarks only.</summary>
    BenchmarkingOnly = 42,

    /// <summary>The signer is not the hotkey.</summary>
    HotkeyOriginMismatch = 43,

    /// <summary>The hotkey is a senate member.</summary>
    SenateMember = 44,

    /// <summary>The hotkey is not a senate member.</summary>
    NotSenateMember = 45,

    /// <summary>The hotkey is already a senate member.</summary>
    AlreadySenateMember = 46,

    /// <summary>The hotkey's stake is below the senate threshold.</summary>
    BelowStakeThreshold = 47,

    /// <summary>The hotkey is not a delegate.</summary>
    NotDelegate = 48,

    /// <summary>The number of netuids differs from the number of subnets.</summary>
    IncorrectNetuidsLength = 49,
}

/// <summary>SubtensorModule errors as dispatch errors.</summary>
public static class SubtensorErrors
{
    /// <summary><c>Module { index: 7, error }</c>.</summary>
    public static DispatchError Of(SubtensorError error) => DispatchError.Module(SubtensorPallet.Index, (byte)error);
}
