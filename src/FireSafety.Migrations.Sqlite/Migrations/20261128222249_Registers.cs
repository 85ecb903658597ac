using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FireSafety.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EquipmentTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CheckIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    MaintenanceIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hazard = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskPoints_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskPoints_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EquipmentItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ManufacturedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommissionedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastMaintainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextCheckDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextMaintenanceDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EquipmentItems_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EquipmentItems_EquipmentTypes_TypeId",
                        column: x => x.TypeId,
                        principalTable: "EquipmentTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EquipmentItems_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EquipmentChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    InPlace = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessClear = table.Column<bool>(type: "INTEGER", nullable: false),
                    GaugeGreen = table.Column<bool>(type: "INTEGER", nullable: false),
                    PinAndSealIntact = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoDamage = table.Column<bool>(type: "INTEGER", nullable: false),
                    LabelLegible = table.Column<bool>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EquipmentChecks_CorrectiveActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "CorrectiveActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_EquipmentChecks_EquipmentItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "EquipmentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EquipmentChecks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "EquipmentTypes",
                columns: new[] { "Id", "CheckIntervalMonths", "Code", "MaintenanceIntervalMonths", "Name", "SortOrder" },
                values: new object[,]
                {
                    { 1, 1, "MFZ4", 12, "Bình bột chữa cháy ABC MFZ4", 1 },
                    { 2, 1, "MFZ8", 12, "Bình bột chữa cháy ABC MFZ8", 2 },
                    { 3, 1, "MT3", 6, "Bình khí CO2 MT3", 3 },
                    { 4, 1, "MT5", 6, "Bình khí CO2 MT5", 4 },
                    { 5, 1, "HVCC", 6, "Hộp vòi chữa cháy", 5 },
                    { 6, 1, "EXIT", 12, "Đèn EXIT", 6 },
                    { 7, 1, "DSC", 12, "Đèn chiếu sáng sự cố", 7 },
                    { 8, 3, "DBK", 12, "Đầu báo khói", 8 },
                    { 9, 1, "TTBC", 6, "Tủ trung tâm báo cháy", 9 },
                    { 10, 3, "MNLD", 12, "Mặt nạ lọc độc", 10 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentChecks_ActionId",
                table: "EquipmentChecks",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentChecks_ItemId_CheckedOn",
                table: "EquipmentChecks",
                columns: new[] { "ItemId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentChecks_UnitId",
                table: "EquipmentChecks",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_AreaId",
                table: "EquipmentItems",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_TypeId",
                table: "EquipmentItems",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_UnitId_Code",
                table: "EquipmentItems",
                columns: new[] { "UnitId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_UnitId_NextCheckDue",
                table: "EquipmentItems",
                columns: new[] { "UnitId", "NextCheckDue" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentTypes_Code",
                table: "EquipmentTypes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskPoints_AreaId",
                table: "RiskPoints",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskPoints_UnitId_NextReviewOn",
                table: "RiskPoints",
                columns: new[] { "UnitId", "NextReviewOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EquipmentChecks");

            migrationBuilder.DropTable(
                name: "RiskPoints");

            migrationBuilder.DropTable(
                name: "EquipmentItems");

            migrationBuilder.DropTable(
                name: "EquipmentTypes");
        }
    }
}
