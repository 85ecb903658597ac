namespace FireSafety.Core.Units;

/// <summary>
/// Display order of a unit tree: depth first, siblings by sort order then name. Done in memory on
/// (id, parent, sort order, name) rows — an organisation has at most a few thousand units — because
/// the materialised path compares ids as text ("/1/10/" before "/1/2/") and ignores sort order.
/// </summary>
public static class UnitTreeOrder
{
    public sealed record Node(int Id, int? ParentId, int SortOrder, string Name);

    public sealed record Placed(int Id, int Depth);

    /// <summary>
    /// Orders <paramref name="nodes"/>; a node whose parent is not among them (the top of a
    /// UnitHead's subtree, or a filtered-out parent) is placed as a root.
    /// </summary>
    public static List<Placed> Order(IReadOnlyCollection<Node> nodes)
    {
        var ids = nodes.Select(n => n.Id).ToHashSet();
        var children = nodes
            .GroupBy(n => n.ParentId is int p && ids.Contains(p) ? p : (int?)null)
            .ToDictionary(g => g.Key ?? 0, g => g.OrderBy(n => n.SortOrder).ThenBy(n => n.Name, StringComparer.CurrentCulture).ToList());
        var result = new List<Placed>(nodes.Count);
        var stack = new Stack<(Node Node, int Depth)>();
        foreach (var root in Enumerable.Reverse(children.GetValueOrDefault(0) ?? []))
        {
            stack.Push((root, 0));
        }

        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            result.Add(new Placed(node.Id, depth));
            if (children.TryGetValue(node.Id, out var kids))
            {
                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    stack.Push((kids[i], depth + 1));
                }
            }
        }

        return result;
    }
}
