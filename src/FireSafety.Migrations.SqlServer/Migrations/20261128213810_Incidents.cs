using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FireSafety.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IncidentCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentCodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DetectedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReportedTo = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ControlledAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FacilityId = table.Column<int>(type: "int", nullable: true),
                    AreaId = table.Column<int>(type: "int", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    CauseId = table.Column<int>(type: "int", nullable: true),
                    OriginAreaId = table.Column<int>(type: "int", nullable: true),
                    HeatSourceId = table.Column<int>(type: "int", nullable: true),
                    ItemFirstIgnitedId = table.Column<int>(type: "int", nullable: true),
                    Deaths = table.Column<int>(type: "int", nullable: false),
                    Injured = table.Column<int>(type: "int", nullable: false),
                    Rescued = table.Column<int>(type: "int", nullable: false),
                    PropertyLostVnd = table.Column<long>(type: "bigint", nullable: false),
                    PropertySavedVnd = table.Column<long>(type: "bigint", nullable: false),
                    ForcesMobilised = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OnSiteCommand = table.Column<bool>(type: "bit", nullable: false),
                    OnSiteForces = table.Column<bool>(type: "bit", nullable: false),
                    OnSiteEquipment = table.Column<bool>(type: "bit", nullable: false),
                    OnSiteLogistics = table.Column<bool>(type: "bit", nullable: false),
                    OnSiteNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PhotoFileId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    CreatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", maxLength: 12000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Incidents_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Incidents_EvidenceFiles_PhotoFileId",
                        column: x => x.PhotoFileId,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Incidents_Facilities_FacilityId",
                        column: x => x.FacilityId,
                        principalTable: "Facilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Incidents_IncidentCodes_CauseId",
                        column: x => x.CauseId,
                        principalTable: "IncidentCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Incidents_IncidentCodes_HeatSourceId",
                        column: x => x.HeatSourceId,
                        principalTable: "IncidentCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Incidents_IncidentCodes_ItemFirstIgnitedId",
                        column: x => x.ItemFirstIgnitedId,
                        principalTable: "IncidentCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Incidents_IncidentCodes_OriginAreaId",
                        column: x => x.OriginAreaId,
                        principalTable: "IncidentCodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Incidents_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IncidentTimelineEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IncidentId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentTimelineEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentTimelineEntries_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "IncidentCodes",
                columns: new[] { "Id", "Code", "IsActive", "Kind", "Name", "SortOrder" },
                values: new object[,]
                {
                    { 1, "01", true, 0, "Sự cố hệ thống, thiết bị điện", 10 },
                    { 2, "02", true, 0, "Sơ suất trong sử dụng lửa, nguồn nhiệt", 20 },
                    { 3, "03", true, 0, "Vi phạm quy định an toàn về phòng cháy, chữa cháy", 30 },
                    { 4, "04", true, 0, "Sự cố kỹ thuật của máy móc, thiết bị", 40 },
                    { 5, "05", true, 0, "Đốt, cố ý gây cháy", 50 },
                    { 6, "06", true, 0, "Thiên tai, sét đánh", 60 },
                    { 7, "07", true, 0, "Tai nạn giao thông", 70 },
                    { 8, "08", true, 0, "Nguyên nhân khác", 80 },
                    { 9, "UU", true, 0, "Chưa xác định, đang điều tra", 90 },
                    { 101, "12", true, 1, "Phòng làm việc", 10 },
                    { 102, "14", true, 1, "Hội trường, phòng họp", 20 },
                    { 103, "16", true, 1, "Hành lang, cầu thang, lối thoát nạn", 30 },
                    { 104, "24", true, 1, "Bếp, khu nấu ăn", 40 },
                    { 105, "37", true, 1, "Phòng máy chủ, phòng kỹ thuật", 50 },
                    { 106, "41", true, 1, "Kho lưu trữ hồ sơ", 60 },
                    { 107, "44", true, 1, "Phòng điện, tủ điện", 70 },
                    { 108, "47", true, 1, "Kho vật tư, thiết bị", 80 },
                    { 109, "74", true, 1, "Mái, trần, tầng áp mái", 90 },
                    { 110, "85", true, 1, "Nhà để xe, khu sạc xe điện", 100 },
                    { 111, "93", true, 1, "Sân, khuôn viên ngoài nhà", 110 },
                    { 112, "UU", true, 1, "Chưa xác định", 120 },
                    { 201, "11", true, 2, "Máy móc, thiết bị đang hoạt động", 10 },
                    { 202, "12", true, 2, "Hồ quang điện, chập điện", 20 },
                    { 203, "13", true, 2, "Thiết bị điện quá tải, quá nhiệt", 30 },
                    { 204, "41", true, 2, "Nhiệt từ bếp nấu, thiết bị sưởi", 40 },
                    { 205, "43", true, 2, "Sạc pin, ắc quy, xe điện", 50 },
                    { 206, "61", true, 2, "Tàn thuốc lá", 60 },
                    { 207, "62", true, 2, "Diêm, bật lửa", 70 },
                    { 208, "63", true, 2, "Ngọn lửa trần (nến, hương, đốt vàng mã, giấy)", 80 },
                    { 209, "65", true, 2, "Cháy lan từ nơi khác", 90 },
                    { 210, "81", true, 2, "Sét", 100 },
                    { 211, "UU", true, 2, "Chưa xác định", 110 },
                    { 301, "11", true, 3, "Bàn ghế, tủ, đồ gỗ", 10 },
                    { 302, "21", true, 3, "Rèm, thảm, vải", 20 },
                    { 303, "36", true, 3, "Dây dẫn, vỏ cách điện, thiết bị điện", 30 },
                    { 304, "52", true, 3, "Giấy, hồ sơ, sách báo", 40 },
                    { 305, "61", true, 3, "Xăng, dầu, chất lỏng dễ cháy", 50 },
                    { 306, "64", true, 3, "Khí gas", 60 },
                    { 307, "71", true, 3, "Rác, phế liệu", 70 },
                    { 308, "76", true, 3, "Bao bì, thùng các-tông, đồ nhựa", 80 },
                    { 309, "81", true, 3, "Xe máy, ô tô, phương tiện", 90 },
                    { 310, "UU", true, 3, "Chưa xác định", 100 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentCodes_Kind_Code",
                table: "IncidentCodes",
                columns: new[] { "Kind", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AreaId",
                table: "Incidents",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_CauseId",
                table: "Incidents",
                column: "CauseId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_FacilityId",
                table: "Incidents",
                column: "FacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_HeatSourceId",
                table: "Incidents",
                column: "HeatSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ItemFirstIgnitedId",
                table: "Incidents",
                column: "ItemFirstIgnitedId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OccurredAtUtc_Type",
                table: "Incidents",
                columns: new[] { "OccurredAtUtc", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OriginAreaId",
                table: "Incidents",
                column: "OriginAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_PhotoFileId",
                table: "Incidents",
                column: "PhotoFileId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_UnitId_OccurredAtUtc",
                table: "Incidents",
                columns: new[] { "UnitId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentTimelineEntries_IncidentId_AtUtc",
                table: "IncidentTimelineEntries",
                columns: new[] { "IncidentId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IncidentTimelineEntries");

            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "IncidentCodes");
        }
    }
}
