using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FireSafety.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CheckIntervalMonths = table.Column<int>(type: "int", nullable: false),
                    MaintenanceIntervalMonths = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    Hazard = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Likelihood = table.Column<int>(type: "int", nullable: false),
                    Severity = table.Column<int>(type: "int", nullable: false),
                    Measures = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OwnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    TypeId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Serial = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ManufacturedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommissionedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastMaintainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextCheckDue = table.Column<DateOnly>(type: "date", nullable: true),
                    NextMaintenanceDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CheckedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    InPlace = table.Column<bool>(type: "bit", nullable: false),
                    AccessClear = table.Column<bool>(type: "bit", nullable: false),
                    GaugeGreen = table.Column<bool>(type: "bit", nullable: false),
                    PinAndSealIntact = table.Column<bool>(type: "bit", nullable: false),
                    NoDamage = table.Column<bool>(type: "bit", nullable: false),
                    LabelLegible = table.Column<bool>(type: "bit", nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ActionId = table.Column<int>(type: "int", nullable: true)
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
