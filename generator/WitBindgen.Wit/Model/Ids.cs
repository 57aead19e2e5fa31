namespace WitBindgen.Wit.Model;

/// <summary>Index of a package in <see cref="WitModel.Packages"/>.</summary>
public readonly record struct PackageId(int Index);

/// <summary>Index of an interface in <see cref="WitModel.Interfaces"/>.</summary>
public readonly record struct InterfaceId(int Index);

/// <summary>Index of a world in <see cref="WitModel.Worlds"/>.</summary>
public readonly record struct WorldId(int Index);

/// <summary>Index of a type in <see cref="WitModel.Types"/> (and of its layout in <see cref="WitModel.Layouts"/>).</summary>
public readonly record struct TypeId(int Index);
