using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FireSafety.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InspectionListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Inspections_Status_InspectedOn",
                table: "Inspections");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_Status_InspectedOn_Id",
                table: "Inspections",
                columns: new[] { "Status", "InspectedOn", "Id" },
                descending: new[] { false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Inspections_Status_InspectedOn_Id",
                table: "Inspections");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_Status_InspectedOn",
                table: "Inspections",
                columns: new[] { "Status", "InspectedOn" });
        }
    }
}
