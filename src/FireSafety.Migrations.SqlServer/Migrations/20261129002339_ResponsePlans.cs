using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FireSafety.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ResponsePlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ResponsePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    FacilityId = table.Column<int>(type: "int", nullable: false),
                    SeriesKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    IsCurrent = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CommandSection = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ForcesSection = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    EquipmentSection = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    LogisticsSection = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    ApprovedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupersededOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponsePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponsePlans_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResponsePlans_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Drills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Scenario = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ParticipantCount = table.Column<int>(type: "int", nullable: false),
                    Participants = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PoliceParticipated = table.Column<bool>(type: "bit", nullable: false),
                    Evaluation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Drills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Drills_ResponsePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ResponsePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Drills_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanContacts_ResponsePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ResponsePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanContacts_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanScenarios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    AreaName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DuringWorkingHours = table.Column<bool>(type: "bit", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Actions = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanScenarios", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanScenarios_ResponsePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ResponsePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanScenarios_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Drills_PlanId",
                table: "Drills",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Drills_UnitId_HeldOn",
                table: "Drills",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanContacts_PlanId",
                table: "PlanContacts",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanContacts_UnitId",
                table: "PlanContacts",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanScenarios_PlanId",
                table: "PlanScenarios",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanScenarios_UnitId",
                table: "PlanScenarios",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponsePlans_FacilityId",
                table: "ResponsePlans",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponsePlans_SeriesKey_Revision",
                table: "ResponsePlans",
                columns: new[] { "SeriesKey", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResponsePlans_Status_ApprovedOn",
                table: "ResponsePlans",
                columns: new[] { "Status", "ApprovedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResponsePlans_UnitId_IsCurrent",
                table: "ResponsePlans",
                columns: new[] { "UnitId", "IsCurrent" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Drills");

            migrationBuilder.DropTable(
                name: "PlanContacts");

            migrationBuilder.DropTable(
                name: "PlanScenarios");

            migrationBuilder.DropTable(
                name: "ResponsePlans");
        }
    }
}
