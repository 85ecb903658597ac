using System.Globalization;
using FireSafety.Core.Directives;

namespace FireSafety.Core.Data.Scale;

/// <summary>
/// The department's directives over the years, their tasks given to groups of units, one
/// assignment per unit (and per quarter for the few quarterly tasks) with a history whose replay
/// gives the stored status, and the difficulties units raise about some of them.
/// </summary>
public sealed partial class ScaleSeeder
{
    /// <summary>Tasks per unit and year (province scale: ~20,000 tasks for 1,000 units over 5 years).</summary>
    private const int TasksPerUnitYear = 4;

    private async Task SeedDirectivesAsync(int years, CancellationToken cancellationToken)
    {
        var random = Random(7);
        var basis = new Directive
        {
            Number = "02-KL/TW",
            Kind = "Kết luận",
            IssuedOn = new DateOnly(2021, 5, 18),
            IssuingBody = "Ban Bí thư",
            Subject = "Tiếp tục thực hiện Chỉ thị số 47-CT/TW về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy",
            IsReferenceOnly = true,
            CreatedAtUtc = At(_firstDay, 8),
        };
        db.Directives.Add(basis);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        Count("Directives");

        // Directives issued through the span, in date order, numbered per year.
        var taskCount = Math.Max(1, _units.Count * TasksPerUnitYear * years);
        var directiveCount = Math.Max(1, taskCount / 5);
        var span = _lastDay.DayNumber - _firstDay.DayNumber;
        var dates = Enumerable.Range(0, directiveCount).Select(_ => _firstDay.AddDays(random.Next(Math.Max(1, span - 10)))).Order().ToList();
        var groups = Groups();
        var difficultyChance = 0.3 * _units.Count * years / (taskCount * 5.0);
        var numbers = new Dictionary<int, int>();
        await InBatchesAsync(dates, 100, async chunk =>
        {
            var raised = new List<(TaskAssignment Assignment, UnitInfo Unit)>();
            foreach (var issuedOn in chunk)
            {
                numbers[issuedOn.Year] = numbers.GetValueOrDefault(issuedOn.Year) + 1;
                var directive = Directive(random, issuedOn, numbers[issuedOn.Year], basis.Id);
                var tasks = random.Next(3, 8);
                for (var t = 1; t <= tasks; t++)
                {
                    var group = Pick(random, groups);
                    var assigned = group.OrderBy(_ => random.Next()).Take(random.Next(1, 10)).ToList();
                    var (text, categories) = Pick(random, ScaleNames.TaskTexts);
                    var quarterly = Chance(random, 0.02);
                    var task = new DirectiveTask
                    {
                        Text = text,
                        Audience = assigned[0].Level == 2 ? "Đối với UBND các xã, phường" : "Đối với các phòng, đơn vị thuộc Sở",
                        Categories = categories,
                        LeadUnitId = assigned[0].Unit.Id,
                        DueOn = quarterly ? null : issuedOn.AddDays(random.Next(10, 60)),
                        RhythmKind = quarterly ? RhythmKind.Quarterly : null,
                        RhythmDaysAfterEnd = quarterly ? 15 : null,
                        StartsOn = quarterly ? issuedOn : null,
                        SortOrder = t,
                        AssignedAtUtc = At(issuedOn, 14),
                    };
                    directive.Tasks.Add(task);
                    Count("DirectiveTasks");
                    foreach (var (unit, index) in assigned.Select((u, i) => (u, i)))
                    {
                        task.Units.Add(new DirectiveTaskUnit { UnitId = unit.Unit.Id, IsLead = index == 0 });
                        Count("DirectiveTaskUnits");
                        foreach (var (periodStart, dueOn) in AssignmentPeriods(task, issuedOn))
                        {
                            var assignment = Assignment(random, task, unit, index == 0, periodStart, dueOn, issuedOn);
                            if (Chance(random, difficultyChance))
                            {
                                raised.Add((assignment, unit));
                            }
                        }
                    }
                }

                db.Directives.Add(directive);
                Count("Directives");
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (assignment, unit) in raised)
            {
                Difficulty(random, assignment, unit);
            }
        }, "directives", cancellationToken);
        await ReportAsync("directives, tasks and assignments");
    }

    /// <summary>The groups a task goes to: the department's own units, or a district with its communes.</summary>
    private List<List<UnitInfo>> Groups()
    {
        var groups = new List<List<UnitInfo>>();
        var own = _units.Where(u => u.Level == 1 && !_units.Any(c => c.Parent == u)).ToList();
        if (own.Count > 0)
        {
            groups.Add(own);
        }

        groups.AddRange(_units.Where(u => _units.Any(c => c.Parent == u) && u.Level == 1)
            .Select(d => _units.Where(c => c.Parent == d).Prepend(d).ToList()));
        return groups.Count > 0 ? groups : [[_units[0]]];
    }

    private Directive Directive(Random random, DateOnly issuedOn, int number, int basisId)
    {
        var leader = Pick(random, _leaders);
        var directive = new Directive
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"{number}/{RootCode}-VP"),
            Kind = Chance(random, 0.7) ? "Công văn" : "Kế hoạch",
            IssuedOn = issuedOn,
            Place = ScaleNames.Province,
            IssuingBody = ScaleNames.Department,
            Subject = Pick(random, ScaleNames.DirectiveSubjects),
            Addressees = "Các phòng, đơn vị thuộc Sở\nPhòng Tư pháp các huyện, thị xã, thành phố",
            SignerAuthority = "KT. GIÁM ĐỐC",
            SignerTitle = "PHÓ GIÁM ĐỐC",
            SignerName = leader.Name,
            Distribution = "Như trên;\nGiám đốc Sở (để b/c);\nLưu: VT, VP.",
            CreatedAtUtc = At(issuedOn, 9),
        };
        if (Chance(random, 0.5))
        {
            directive.Bases.Add(new DirectiveBasis { BasisId = basisId, Order = 1 });
        }

        return directive;
    }

    /// <summary>One period for a one-off task; every quarter from its start to the current one for a quarterly task.</summary>
    private IEnumerable<(DateOnly PeriodStart, DateOnly DueOn)> AssignmentPeriods(DirectiveTask task, DateOnly issuedOn)
    {
        if (task.DueOn is { } due)
        {
            yield return (DateOnly.MinValue, due);
            yield break;
        }

        var start = new DateOnly(issuedOn.Year, ((issuedOn.Month - 1) / 3 * 3) + 1, 1);
        for (; start <= _today; start = start.AddMonths(3))
        {
            yield return (start, start.AddMonths(3).AddDays(-1).AddDays(task.RhythmDaysAfterEnd ?? 0));
        }
    }

    /// <summary>
    /// An assignment with a history that the workflow replays into its stored state. Past due:
    /// mostly done on time, some late, some waiting for review or returned, some still open
    /// (overdue). Not yet due: mostly open, some reported or done early.
    /// </summary>
    private TaskAssignment Assignment(Random random, DirectiveTask task, UnitInfo unit, bool isLead, DateOnly periodStart, DateOnly dueOn, DateOnly issuedOn)
    {
        var assignedOn = periodStart == DateOnly.MinValue ? issuedOn : Max(issuedOn, periodStart);
        var assignment = new TaskAssignment
        {
            Task = task,
            UnitId = unit.Unit.Id,
            IsLead = isLead,
            PeriodStart = periodStart,
            DueOn = dueOn,
            CreatedAtUtc = At(assignedOn, 14),
        };
        var office = Pick(random, _office);
        var events = new List<(AssignmentEvent Event, string UserId, string UserName)>();
        var head = (unit.HeadUserId, unit.HeadName);
        void Add(AssignmentEvent e, (string Id, string Name) by) => events.Add((e, by.Id, by.Name));

        var roll = random.NextDouble();
        var pastDue = dueOn < _today;
        var progressOn = Day(random, assignedOn.AddDays(1), Min(dueOn, _lastDay));
        if (progressOn <= _lastDay && progressOn > assignedOn && Chance(random, 0.4))
        {
            Add(new AssignmentEvent.Progress(At(progressOn, 9), Pick(random, ScaleNames.ProgressTexts)), head);
        }

        var earliest = events.Count > 0 ? progressOn.AddDays(1) : assignedOn.AddDays(1);
        DateOnly? submitOn = (pastDue, roll) switch
        {
            (true, < 0.60) => Day(random, earliest, dueOn),
            (true, < 0.86) => Day(random, Max(earliest, dueOn.AddDays(1)), dueOn.AddDays(40)),
            (false, < 0.25) => Day(random, earliest, Min(dueOn, _lastDay)),
            _ => null,
        };
        if (submitOn is { } submitted && submitted <= _lastDay && submitted >= earliest)
        {
            Add(new AssignmentEvent.Submit(At(submitted, 16)), head);
            var reviewOn = submitted.AddDays(random.Next(1, 6));
            var returned = pastDue ? roll is >= 0.80 and < 0.84 : roll < 0.05;
            var waiting = pastDue ? roll is >= 0.84 and < 0.86 : roll is >= 0.05 and < 0.15;
            if (reviewOn <= _lastDay && !waiting)
            {
                if (returned)
                {
                    Add(new AssignmentEvent.Return(At(reviewOn, 10), Pick(random, ScaleNames.ReturnReasons)), office);
                }
                else
                {
                    Add(new AssignmentEvent.Accept(At(reviewOn, 10)), office);
                }
            }
        }

        assignment.Apply(AssignmentWorkflow.Replay(AssignmentState.Assigned(dueOn), events.Select(e => e.Event)));
        foreach (var (e, userId, userName) in events)
        {
            assignment.Entries.Add(new AssignmentEntry
            {
                UnitId = unit.Unit.Id,
                Kind = e switch
                {
                    AssignmentEvent.Progress => AssignmentEntryKind.Progress,
                    AssignmentEvent.Submit => AssignmentEntryKind.Submit,
                    AssignmentEvent.Return => AssignmentEntryKind.Return,
                    _ => AssignmentEntryKind.Accept,
                },
                AtUtc = e.At,
                Text = e switch
                {
                    AssignmentEvent.Progress p => p.Text,
                    AssignmentEvent.Return r => r.Reason,
                    _ => null,
                },
                UserId = userId,
                UserName = userName,
            });
            Count("AssignmentEntries");
        }

        db.TaskAssignments.Add(assignment);
        Count("TaskAssignments");
        return assignment;
    }

    private void Difficulty(Random random, TaskAssignment assignment, UnitInfo unit)
    {
        var raisedAt = assignment.CreatedAtUtc.AddDays(random.Next(1, 8));
        if (raisedAt.AddDays(3) > At(_lastDay, 0))
        {
            return;
        }

        var office = Pick(random, _office);
        var resolved = Chance(random, 0.7);
        var difficulty = new Difficulty
        {
            UnitId = unit.Unit.Id,
            AssignmentId = assignment.Id,
            Title = Pick(random, ScaleNames.DifficultyTitles),
            IsResolved = resolved,
            CreatedAtUtc = raisedAt,
            CreatedByUserId = unit.HeadUserId,
        };
        difficulty.Messages.Add(new DifficultyMessage
        {
            UnitId = unit.Unit.Id,
            Text = "Đơn vị gặp khó khăn trong quá trình thực hiện, đề nghị Sở hướng dẫn, hỗ trợ.",
            AtUtc = raisedAt,
            UserId = unit.HeadUserId,
            UserName = unit.HeadName,
        });
        if (resolved || Chance(random, 0.5))
        {
            difficulty.Messages.Add(new DifficultyMessage
            {
                UnitId = unit.Unit.Id,
                FromOffice = true,
                Text = "Văn phòng Sở đã tiếp nhận, sẽ hướng dẫn cụ thể và báo cáo Lãnh đạo Sở xem xét hỗ trợ.",
                AtUtc = raisedAt.AddDays(2),
                UserId = office.Id,
                UserName = office.Name,
            });
        }

        db.Difficulties.Add(difficulty);
        Count("Difficulties");
        Count("DifficultyMessages", difficulty.Messages.Count);
    }
}
